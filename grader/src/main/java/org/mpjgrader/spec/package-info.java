/**
 * The course's exercises as the grader knows them: id, lesson, main class, the rank counts and arguments
 * each is run with, points, limits and the output check. The single place to add a lesson.
 */
package org.mpjgrader.spec;
