package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpjgrader.launch.MpiCall;

/**
 * When each rank of a run would finish with a core per rank, computed from the work clock alone: every rank runs its
 * own work (instructions and sleeps, as the runner counted them) at one unit per step, and an MPI call returns no
 * earlier than what it depends on has been sent. A receive completes no earlier than the matching send started (sends
 * matched to receives in MPI's non-overtaking order per source, destination and tag, the source and tag a receive
 * matched taken from its status); a rooted collective completes for the others no earlier than the root entered it
 * ({@code Bcast}, {@code Scatter(v)}), for the root no earlier than every rank entered it ({@code Reduce},
 * {@code Gather(v)}); the others complete for every rank when the last rank has entered them. Sends do not wait.
 * Each dependency costs what the {@link MessageCost} says: nothing by default, a latency and a bandwidth to predict
 * a cluster.
 *
 * <p>What it cannot see: the completion of non-blocking receives (their {@code Wait} is not recorded, so an
 * {@code Irecv} is taken to complete at once), work in the JDK's and MPJ's own code (not counted), and calls beyond
 * the runner's per-rank limit (they constrain nothing). Where a dependency cannot be resolved (a trace cut short)
 * the call is taken to complete at once, so the model always ends.
 *
 * @param finish     each rank's finishing time, in work units
 * @param serialWork the time in which rank 0 works while every other rank waits or has ended: the run's serial
 *                   part (Amdahl's), such as reading or drawing the input before it is sent, or writing the output
 */
public record CriticalPath(List<Long> finish, long serialWork) {
    private static final Set<String> FROM_ROOT = Set.of("Bcast", "Scatter", "Scatterv");
    private static final Set<String> TO_ROOT = Set.of("Reduce", "Gather", "Gatherv");

    public CriticalPath {
        finish = List.copyOf(finish);
    }

    /** The time a run takes with a core per rank: when its last rank finishes. */
    public long parallelTime() {
        return finish.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** What a message or a collective's dependency costs on top of the work: for a model of a real network. */
    @FunctionalInterface
    public interface MessageCost {
        MessageCost FREE = bytes -> 0;

        long of(long bytes);
    }

    /** The critical path of a run with free messages. */
    public static CriticalPath of(List<MpiCall> calls, List<Long> work) {
        return of(calls, work, MessageCost.FREE);
    }

    /**
     * @param calls the run's calls, each rank's in its order
     * @param work  each rank's total work
     */
    public static CriticalPath of(List<MpiCall> calls, List<Long> work, MessageCost cost) {
        int np = work.size();
        List<List<MpiCall>> byRank = new ArrayList<>();
        for (int r = 0; r < np; r++) {
            byRank.add(new ArrayList<>());
        }
        for (MpiCall call : calls) {
            if (call.rank() >= 0 && call.rank() < np && call.workIn() >= 0) {
                byRank.get(call.rank()).add(call);
            }
        }
        return new Simulation(byRank, work, cost).run();
    }

    /** The ranks' calls replayed on the work clock, a pass over the ranks at a time, until every call is settled. */
    private static final class Simulation {
        private final List<List<MpiCall>> calls;
        private final List<Long> work;
        private final MessageCost cost;
        /** Entry and exit times of each rank's calls, once known; -1 before. */
        private final long[][] entry;
        private final long[][] exit;
        /** For each receive (rank, index), the send (rank, index) it matched; for each collective, its ordinal. */
        private final Map<Long, Long> matchedSend = new HashMap<>();
        private final Map<Long, Integer> collectiveOrdinal = new HashMap<>();
        /** The ordinal-th collective of each rank: (rank, index) by ordinal. */
        private final List<Map<Integer, Integer>> collectives = new ArrayList<>();
        private final int[] next;

        Simulation(List<List<MpiCall>> calls, List<Long> work, MessageCost cost) {
            this.calls = calls;
            this.work = work;
            this.cost = cost;
            int np = calls.size();
            entry = new long[np][];
            exit = new long[np][];
            next = new int[np];
            for (int r = 0; r < np; r++) {
                entry[r] = filled(calls.get(r).size());
                exit[r] = filled(calls.get(r).size());
            }
            matchMessages();
            matchCollectives();
        }

        private static long[] filled(int size) {
            long[] times = new long[size];
            Arrays.fill(times, -1);
            return times;
        }

        private static long key(int rank, int index) {
            return (long) rank << 32 | index;
        }

        /** Pairs receives with sends: the k-th receive of (source, destination, tag) with the k-th such send. */
        private void matchMessages() {
            Map<List<Integer>, List<Long>> sends = new HashMap<>();
            for (int r = 0; r < calls.size(); r++) {
                for (int i = 0; i < calls.get(r).size(); i++) {
                    MpiCall call = calls.get(r).get(i);
                    if (call.sends() && call.peer() >= 0 && call.tag() >= 0) {
                        sends.computeIfAbsent(List.of(r, call.peer(), call.tag()), k -> new ArrayList<>())
                            .add(key(r, i));
                    }
                }
            }
            Map<List<Integer>, Integer> taken = new HashMap<>();
            for (int r = 0; r < calls.size(); r++) {
                for (int i = 0; i < calls.get(r).size(); i++) {
                    MpiCall call = calls.get(r).get(i);
                    if (!call.receives()) {
                        continue;
                    }
                    boolean sendrecv = call.kind().startsWith("Sendrecv");
                    int source = call.source() >= 0 ? call.source() : sendrecv ? -1 : call.peer();
                    int tag = call.matchedTag() >= 0 ? call.matchedTag() : sendrecv ? -1 : call.tag();
                    if (source < 0 || tag < 0) {
                        continue; // a wildcard receive whose match the trace does not tell
                    }
                    List<Integer> channel = List.of(source, r, tag);
                    int k = taken.merge(channel, 1, Integer::sum) - 1;
                    List<Long> candidates = sends.getOrDefault(channel, List.of());
                    if (k < candidates.size()) {
                        matchedSend.put(key(r, i), candidates.get(k));
                    }
                }
            }
        }

        /** Numbers each rank's collectives in its order: the k-th of every rank belong together. */
        private void matchCollectives() {
            for (int r = 0; r < calls.size(); r++) {
                int ordinal = 0;
                for (int i = 0; i < calls.get(r).size(); i++) {
                    MpiCall call = calls.get(r).get(i);
                    if (call.collective()) {
                        collectiveOrdinal.put(key(r, i), ordinal);
                        while (collectives.size() <= ordinal) {
                            collectives.add(new HashMap<>());
                        }
                        collectives.get(ordinal).put(r, i);
                        ordinal++;
                    }
                }
            }
        }

        CriticalPath run() {
            boolean stuck = false;
            while (!done()) {
                boolean progress = false;
                for (int r = 0; r < calls.size(); r++) {
                    progress |= advance(r, stuck);
                }
                // A dependency that can never be known (a trace cut short) is dropped, one pass at a time.
                stuck = !progress;
            }
            List<Long> finish = new ArrayList<>();
            for (int r = 0; r < calls.size(); r++) {
                int last = calls.get(r).size() - 1;
                long rest = work.get(r) - (last < 0 ? 0 : calls.get(r).get(last).workOut());
                finish.add((last < 0 ? 0 : exit[r][last]) + Math.max(0, rest));
            }
            return new CriticalPath(finish, serialWork(finish));
        }

        private boolean done() {
            for (int r = 0; r < calls.size(); r++) {
                if (next[r] < calls.get(r).size()) {
                    return false;
                }
            }
            return true;
        }

        /** Settles as many of the rank's calls as their dependencies allow; true if it settled any. */
        private boolean advance(int r, boolean force) {
            boolean progress = false;
            while (next[r] < calls.get(r).size()) {
                int i = next[r];
                MpiCall call = calls.get(r).get(i);
                if (entry[r][i] < 0) {
                    long before = i == 0 ? 0 : exit[r][i - 1];
                    long workBefore = i == 0 ? 0 : calls.get(r).get(i - 1).workOut();
                    entry[r][i] = before + Math.max(0, call.workIn() - workBefore);
                }
                long ready = ready(r, i, call, force);
                if (ready < 0) {
                    return progress;
                }
                exit[r][i] = Math.max(entry[r][i], ready) + Math.max(0, call.workOut() - call.workIn());
                next[r]++;
                progress = true;
                force = false;
            }
            return progress;
        }

        /** When what the call waits for is there (0 for nothing), or -1 while that is not yet known. */
        private long ready(int r, int i, MpiCall call, boolean force) {
            if (call.receives() && !call.kind().equals("Irecv")) {
                Long send = matchedSend.get(key(r, i));
                if (send == null) {
                    return 0;
                }
                long sent = entryOf(send);
                return sent < 0 ? (force ? 0 : -1) : sent + cost.of(call.bytes());
            }
            Integer ordinal = collectiveOrdinal.get(key(r, i));
            if (ordinal == null) {
                return 0;
            }
            Map<Integer, Integer> group = collectives.get(ordinal);
            int root = call.peer();
            List<Integer> waitedFor;
            if (FROM_ROOT.contains(call.kind())) {
                waitedFor = r == root ? List.of() : List.of(root);
            } else if (TO_ROOT.contains(call.kind())) {
                waitedFor = r == root ? List.copyOf(group.keySet()) : List.of();
            } else {
                waitedFor = List.copyOf(group.keySet());
            }
            long ready = 0;
            for (int other : waitedFor) {
                Integer index = group.get(other);
                long entered = index == null ? 0 : entry[other][index];
                if (entered < 0) {
                    if (!force) {
                        return -1;
                    }
                    continue;
                }
                ready = Math.max(ready, entered + (other == r ? 0 : cost.of(call.bytes())));
            }
            return ready;
        }

        private long entryOf(long send) {
            return entry[(int) (send >>> 32)][(int) send];
        }

        /** The time in which rank 0 works and no other rank does. */
        private long serialWork(List<Long> finish) {
            if (calls.isEmpty()) {
                return 0;
            }
            List<long[]> others = new ArrayList<>();
            for (int r = 1; r < calls.size(); r++) {
                others.addAll(working(r, finish.get(r)));
            }
            others.sort(Comparator.comparingLong(interval -> interval[0]));
            long serial = 0;
            for (long[] own : working(0, finish.get(0))) {
                serial += uncovered(own, others);
            }
            return serial;
        }

        /** When the rank works: from each call's exit (or the start) to the next call's entry (or its finish). */
        private List<long[]> working(int r, long finish) {
            List<long[]> intervals = new ArrayList<>();
            long from = 0;
            for (int i = 0; i < calls.get(r).size(); i++) {
                intervals.add(new long[] {from, entry[r][i]});
                from = exit[r][i];
            }
            intervals.add(new long[] {from, finish});
            intervals.removeIf(interval -> interval[1] <= interval[0]);
            return intervals;
        }

        /** How much of {@code own} none of {@code others} (sorted by start) covers. */
        private static long uncovered(long[] own, List<long[]> others) {
            long covered = 0;
            long reached = own[0];
            for (long[] other : others) {
                long from = Math.max(other[0], reached);
                long to = Math.min(other[1], own[1]);
                if (to > from) {
                    covered += to - from;
                    reached = to;
                }
            }
            return own[1] - own[0] - covered;
        }
    }
}
