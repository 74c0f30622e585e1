package org.mpjgrader.runner;

import java.util.concurrent.TimeUnit;

/**
 * Where the program's woven classes (see {@link WorkWeaver}) count their work: each method takes its thread's
 * {@link WorkCounter} once, on entry, and adds every basic block's instructions to it; a sleep adds its duration at
 * a fixed rate. Each rank's classes are loaded by a loader of the rank's own, so, as with {@link MpiCallHook}, the run
 * in progress is found through one static field, set for the run and cleared after it.
 */
public final class WorkClock {
    /**
     * What a millisecond of {@code Thread.sleep} counts: a million, as if an instruction took a nanosecond, so that
     * sleeps and computation add up in one unit (master-slave's jobs sleep).
     */
    public static final long WORK_PER_MILLISECOND = 1_000_000;
    /** The counter of threads outside any rank (none in a normal run): counted, never read. */
    private static final WorkCounter NOWHERE = new WorkCounter(null);
    private static volatile WorkLedger current;

    private WorkClock() {
    }

    static void record(WorkLedger ledger) {
        current = ledger;
    }

    static void stopRecording() {
        current = null;
    }

    /** The calling thread's counter: woven at the entry of every method of the program. */
    public static WorkCounter counter() {
        WorkLedger ledger = current;
        return ledger == null ? NOWHERE : ledger.counterOf(Thread.currentThread());
    }

    /**
     * Replaces the program's {@code Thread.sleep(millis)}: the sleep is counted at the fixed rate, and made, except in a
     * run under a chosen matching of wildcard receives (docs/matching.md). There each decision waits until every
     * other rank is blocked or done, so sleeping would only make the run longer (a master-slave run would sleep its
     * jobs one after another) and change nothing it does: the sleep then only checks for an interrupt.
     */
    public static void sleep(long millis) throws InterruptedException {
        if (millis > 0) {
            counter().work += millis * WORK_PER_MILLISECOND;
        }
        if (sleepsMade() || millis < 0) {
            Thread.sleep(millis);
        } else {
            Thread.sleep(0);
        }
    }

    /** Replaces {@code Thread.sleep(millis, nanos)}. */
    public static void sleep(long millis, int nanos) throws InterruptedException {
        boolean valid = millis >= 0 && nanos >= 0 && nanos < 1_000_000;
        if (valid) {
            counter().work += millis * WORK_PER_MILLISECOND + nanos * WORK_PER_MILLISECOND / 1_000_000;
        }
        if (sleepsMade() || !valid) {
            Thread.sleep(millis, nanos);
        } else {
            Thread.sleep(0);
        }
    }

    /** Replaces {@code unit.sleep(duration)}. */
    public static void sleep(TimeUnit unit, long duration) throws InterruptedException {
        long nanos = unit.toNanos(duration);
        if (nanos > 0) {
            counter().work += nanos / 1_000_000 * WORK_PER_MILLISECOND + nanos % 1_000_000 * WORK_PER_MILLISECOND
                / 1_000_000;
        }
        if (sleepsMade()) {
            unit.sleep(duration);
        } else {
            Thread.sleep(0);
        }
    }

    /** Whether sleeps are made: always outside a run (a thread of no rank), and in a run not under a matching. */
    private static boolean sleepsMade() {
        WorkLedger ledger = current;
        return ledger == null || ledger.sleepsMade();
    }
}
