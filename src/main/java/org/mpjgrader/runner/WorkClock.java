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
     * How many times shorter a sleep is in a run whose wall time nobody reads: such a run is judged on the work clock,
     * which counts the sleep at its full length, so a master-slave run need not wait out its jobs. Shortened, not
     * skipped: a rank that sleeps in a loop still leaves the core to the others.
     */
    public static final int SHORTENED = 100;

    /**
     * Replaces the program's {@code Thread.sleep(millis)}: the sleep is counted at the fixed rate and made, in full or
     * {@link #SHORTENED} (a run that reads no wall time, and any run under a chosen matching of wildcard receives, see
     * docs/matching.md, where each decision waits until every other rank is blocked or done anyway).
     */
    public static void sleep(long millis) throws InterruptedException {
        if (millis > 0) {
            counter().work += millis * WORK_PER_MILLISECOND;
        }
        if (inFull() || millis <= 0) {
            Thread.sleep(millis);
        } else {
            shortened(millis, 0);
        }
    }

    /** Replaces {@code Thread.sleep(millis, nanos)}. */
    public static void sleep(long millis, int nanos) throws InterruptedException {
        boolean valid = millis >= 0 && nanos >= 0 && nanos < 1_000_000;
        if (valid) {
            counter().work += millis * WORK_PER_MILLISECOND + nanos * WORK_PER_MILLISECOND / 1_000_000;
        }
        if (inFull() || !valid) {
            Thread.sleep(millis, nanos);
        } else {
            shortened(millis, nanos);
        }
    }

    /** Replaces {@code unit.sleep(duration)}. */
    public static void sleep(TimeUnit unit, long duration) throws InterruptedException {
        long nanos = unit.toNanos(duration);
        if (nanos > 0) {
            counter().work += nanos / 1_000_000 * WORK_PER_MILLISECOND + nanos % 1_000_000 * WORK_PER_MILLISECOND
                / 1_000_000;
        }
        if (inFull() || nanos <= 0) {
            unit.sleep(duration);
        } else {
            shortened(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    }

    /** Whether sleeps take their full length: outside a run (a thread of no rank), and in a run that asks for it. */
    private static boolean inFull() {
        WorkLedger ledger = current;
        return ledger == null || ledger.sleepsInFull();
    }

    /** A hundredth of the sleep, through {@code Thread.sleep} still, so that a stuck rank is seen sleeping. */
    private static void shortened(long millis, int nanos) throws InterruptedException {
        Thread.sleep(millis / SHORTENED, (int) (millis % SHORTENED * (1_000_000 / SHORTENED) + nanos / SHORTENED));
    }
}
