package org.mpjgrader.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The work counters of one run, by rank: one counter per thread, so that no two threads ever write one. A rank's
 * work is all its threads' counters; its clock, read when it enters or leaves an MPI call, is the calling thread's
 * counter and those of the rank's threads that have ended (a thread joined before the call counts, one still running
 * does not yet), which is what makes it the same in every run of the program.
 */
final class WorkLedger {
    private final RankTable ranks;
    private final List<List<WorkCounter>> byRank;
    private final ThreadLocal<WorkCounter> counters = new ThreadLocal<>();
    private final boolean sleepsInFull;

    /** @param sleepsInFull whether the program's sleeps take their full length, or a hundredth (see {@link WorkClock#sleep(long)}) */
    WorkLedger(RankTable ranks, int np, boolean sleepsInFull) {
        this.ranks = ranks;
        this.sleepsInFull = sleepsInFull;
        List<List<WorkCounter>> lists = new ArrayList<>();
        for (int rank = 0; rank < np; rank++) {
            lists.add(new CopyOnWriteArrayList<>());
        }
        this.byRank = List.copyOf(lists);
    }

    WorkCounter counterOf(Thread thread) {
        WorkCounter counter = counters.get();
        if (counter == null) {
            counter = new WorkCounter(thread);
            int rank = ranks.rankOf(thread);
            if (rank >= 0 && rank < byRank.size()) {
                byRank.get(rank).add(counter);
            }
            counters.set(counter);
        }
        return counter;
    }

    /** The rank's clock as {@code thread}, one of its threads, sees it (see the class comment). */
    long clock(int rank, Thread thread) {
        long clock = 0;
        for (WorkCounter counter : byRank.get(rank)) {
            if (counter.thread == thread || !counter.thread.isAlive()) {
                clock += counter.work;
            }
        }
        return clock;
    }

    /** All the work of the rank's threads, once they have ended. */
    long total(int rank) {
        return byRank.get(rank).stream().mapToLong(c -> c.work).sum();
    }

    boolean sleepsInFull() {
        return sleepsInFull;
    }

    int size() {
        return byRank.size();
    }
}
