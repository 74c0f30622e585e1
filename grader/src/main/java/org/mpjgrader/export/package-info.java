/**
 * Writing the repository a student gets: the exercises, their tasks, the harness and the visible checks with
 * the reference solutions' output recorded for them; no solutions, no hidden inputs, no grader tests.
 */
package org.mpjgrader.export;
