/**
 * The course's exercises as the grader knows them, read from the course's packages ({@code course/<id>/exercise.yaml},
 * checked against {@code course/exercise.schema.json}): id, lesson, main class, the rank counts and arguments
 * each is run with, the hidden inputs' draws, points, limits and the checks, whose kinds are found through
 * {@link java.util.ServiceLoader} ({@link org.mpjgrader.check.CheckKind}). docs/course-packages.md has the format.
 */
package org.mpjgrader.spec;
