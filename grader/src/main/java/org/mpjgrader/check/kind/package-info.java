/**
 * The check kinds of the grader's library that exercise packages name ({@code kind: lines}, {@code taught-calls},
 * {@code slurm-script}), each a small {@link org.mpjgrader.check.CheckKind} that builds a check from its settings.
 * They are listed in {@code META-INF/services/org.mpjgrader.check.CheckKind}, so that the spec package finds them,
 * and a course's own kinds (a jar on the class path with such a list: this course's {@code course/checks}), through
 * {@link java.util.ServiceLoader} alone. {@link org.mpjgrader.check.kind.OutputCheckKind} is the base of a kind that
 * judges a program's output by itself or adds to the kind above it.
 */
package org.mpjgrader.check.kind;
