package org.mpjgrader.launch;

/** One line a rank printed, on standard output or standard error; rank -1 for lines of no rank. */
public record OutputLine(int rank, boolean stderr, String text) {
}
