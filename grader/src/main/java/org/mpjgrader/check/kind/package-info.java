/**
 * The check kinds the course's packages name ({@code kind: lines}, {@code taught-calls}, ...), each a small
 * {@link org.mpjgrader.check.CheckKind} that builds one of the lessons' checks from its settings. They are
 * listed in {@code META-INF/services/org.mpjgrader.check.CheckKind}, so that the spec package finds them,
 * and a course's own kinds, through {@link java.util.ServiceLoader} alone.
 */
package org.mpjgrader.check.kind;
