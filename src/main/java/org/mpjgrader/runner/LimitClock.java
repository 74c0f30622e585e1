package org.mpjgrader.runner;

import java.lang.management.ManagementFactory;

/**
 * The time limit of a run, counted so that a machine busy with other work does not spend it: wall time counts at
 * full rate while the machine has a core free per runnable task, and slower, down to a quarter, as its load average
 * rises above its cores (a run that gets a third of a core takes three times as long to do the same). A program that
 * loops for ever still reaches the limit, a little later on a loaded machine; a correct one is not cut short because
 * others took its cores. The grader waits for the runner's report up to {@link #MAX_STRETCH} times the limit.
 */
final class LimitClock {
    /** The most the limit is stretched: the grader's own backstop allows for this much. */
    static final double MAX_STRETCH = 4;

    private final long limitNanos;
    private long counted;
    private long last;

    LimitClock(long limitNanos, long start) {
        this.limitNanos = limitNanos;
        this.last = start;
    }

    /** Counts the time since the last call at the machine's present rate; true once the limit is reached. */
    boolean passed(long now) {
        counted += (long) ((now - last) / stretch());
        last = now;
        return counted >= limitNanos;
    }

    /** How much slower than the wall clock limits count now: 1 on a machine with a core free, up to {@link #MAX_STRETCH}. */
    static double stretch() {
        int cores = Runtime.getRuntime().availableProcessors();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? 1 : Math.max(1, Math.min(MAX_STRETCH, load / cores));
    }
}
