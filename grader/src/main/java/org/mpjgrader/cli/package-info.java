/**
 * The command line, {@code grader/grade}: parses options with picocli, wires the grader's parts together and
 * maps the outcome to an exit status (0 all passed, 3 graded with failures, 4 not graded because of the
 * machine, 2 bad command line, 1 a bug of the grader).
 */
package org.mpjgrader.cli;
