package org.mpjgrader.runner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Which thread belongs to which rank: every thread a rank starts inherits the rank's thread group. */
final class RankTable {
    static final int NO_RANK = -1;

    private final Map<ThreadGroup, Integer> groups = new ConcurrentHashMap<>();
    private final List<Thread> mainThreads = new CopyOnWriteArrayList<>();

    void add(int rank, ThreadGroup group, Thread mainThread) {
        groups.put(group, rank);
        mainThreads.add(mainThread);
    }

    int rankOf(Thread thread) {
        for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
            Integer rank = groups.get(g);
            if (rank != null) {
                return rank;
            }
        }
        return NO_RANK;
    }

    /** Live threads the ranks started beyond their own main threads (estimated, as ThreadGroup counts: cheaply). */
    int startedThreads() {
        int live = 0;
        for (ThreadGroup group : groups.keySet()) {
            live += group.activeCount();
        }
        return live - (int) mainThreads.stream().filter(Thread::isAlive).count();
    }

    /**
     * Unlinks the ranks' thread groups from their parent once their threads have ended. A group stays linked until
     * then, and through its class (MPJ's, of the run's loader) it would keep the whole run reachable, MPJ's
     * direct buffers included, in a JVM that takes further runs.
     */
    @SuppressWarnings("removal")
    void releaseGroups() {
        for (ThreadGroup group : groups.keySet()) {
            try {
                group.destroy();
            } catch (IllegalThreadStateException stillInUse) {
                // A thread of the rank is alive: the JVM is retired after this run anyway.
            }
        }
    }

    List<Thread> mainThreads() {
        return mainThreads;
    }

    Thread mainThread(int rank) {
        return mainThreads.get(rank);
    }

    int size() {
        return mainThreads.size();
    }
}
