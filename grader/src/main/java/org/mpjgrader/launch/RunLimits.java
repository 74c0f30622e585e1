package org.mpjgrader.launch;

import java.time.Duration;

/**
 * The limits of one run: wall-clock time (after which the ranks' stacks are taken and the run is ended),
 * the child JVM's heap, the bytes of output captured from all ranks together (the rest is dropped), and the
 * threads and processes the ranks may start (past either, the run is stopped).
 */
public record RunLimits(Duration wallTime, int heapMegabytes, long outputBytes, int threads, int processes) {
    public static final RunLimits DEFAULT = new RunLimits(Duration.ofSeconds(10), 256, 1024 * 1024, 64, 4);

    public RunLimits withWallTime(Duration wall) {
        return new RunLimits(wall, heapMegabytes, outputBytes, threads, processes);
    }

    public RunLimits withOutputBytes(long bytes) {
        return new RunLimits(wallTime, heapMegabytes, bytes, threads, processes);
    }

    public RunLimits withHeapMegabytes(int megabytes) {
        return new RunLimits(wallTime, megabytes, outputBytes, threads, processes);
    }

    public RunLimits withThreads(int maxThreads) {
        return new RunLimits(wallTime, heapMegabytes, outputBytes, maxThreads, processes);
    }
}
