package org.mpjgrader.launch;

import java.time.Duration;

/**
 * The limits of one run: wall-clock time (after which the ranks' stacks are taken and the run is ended),
 * the child JVM's heap, and the bytes of output captured from all ranks together (the rest is dropped).
 */
public record RunLimits(Duration wallTime, int heapMegabytes, long outputBytes) {
    public static final RunLimits DEFAULT = new RunLimits(Duration.ofSeconds(10), 256, 1024 * 1024);

    public RunLimits withWallTime(Duration wall) {
        return new RunLimits(wall, heapMegabytes, outputBytes);
    }

    public RunLimits withOutputBytes(long bytes) {
        return new RunLimits(wallTime, heapMegabytes, bytes);
    }

    public RunLimits withHeapMegabytes(int megabytes) {
        return new RunLimits(wallTime, megabytes, outputBytes);
    }
}
