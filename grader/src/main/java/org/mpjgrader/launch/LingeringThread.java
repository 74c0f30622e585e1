package org.mpjgrader.launch;

/**
 * A thread a rank started that was still alive after every rank had ended (and a brief grace).
 *
 * @param daemon    a daemon thread does not keep a JVM alive; any other keeps the program from ending under mpjrun
 * @param startedAt the program's line whose call started it ({@code MatMul.java:40}), empty where unknown
 */
public record LingeringThread(int rank, String name, boolean daemon, String startedAt) {
}
