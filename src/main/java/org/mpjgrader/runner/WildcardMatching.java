package org.mpjgrader.runner;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chooses the sender a wildcard receive ({@code Recv} from {@code MPI.ANY_SOURCE}) matches, by a
 * {@link MatchingSchedule}: the receiving rank waits until the run is quiescent (every other rank has ended, is in
 * {@code Finalize}, or waits in an MPI call that nothing but a deciding rank can complete), so that the senders
 * whose messages are pending are all there, whatever the machine's speed; then the schedule picks one, the receive
 * takes that sender's message exactly, and the decision goes to the grader:
 * {@code MATCH rank number tag candidates chosen site call}. Every rank deciding at a quiescent point decides on the
 * same state, so that a schedule gives the same matching on every machine. A blocking {@code Probe} from any rank
 * is decided as such a receive; a poll ({@code Iprobe}) too, with one more choice: to find nothing though a message
 * is pending, as MPI allows, but never twice in a row, so that a rank polling until a message comes gets it.
 */
final class WildcardMatching {
    private static final long POLL_MILLIS = 1;
    /** A poll's decision to find no message; {@code -1} in the decision the grader reads. */
    static final int NOTHING = MatchingSchedule.NOTHING;
    /** A poll the run does not decide: it finds what MPJ finds. */
    static final int UNDECIDED = Integer.MIN_VALUE;

    private final MatchingSchedule schedule;
    private final RankTable ranks;
    private final MpiCallLog calls;
    private final Channel channel;
    private final int[] made;
    /** The ranks waiting for a decision: their tag and the line of their receive. */
    private final Map<Integer, Pending> deciding = new TreeMap<>();
    private final Map<Integer, Integer> decided = new TreeMap<>();
    /** The ranks whose latest poll finds nothing. */
    private final boolean[] findsNothing;
    /** The ranks whose latest poll was made to find nothing though a message was pending: their next one finds it. */
    private final boolean[] passedOver;
    /** How many ranks wait in {@link #decide}: read without the lock by the ranks that change the calls. */
    private volatile int waiting;

    /** A decision a rank waits for: its call, source (a poll's may be one rank), tag and line. */
    private record Pending(String call, int source, int tag, String site) {
        boolean polls() {
            return call.equals("Iprobe");
        }
    }

    WildcardMatching(MatchingSchedule schedule, RankTable ranks, MpiCallLog calls, Channel channel, int np) {
        this.schedule = schedule;
        this.ranks = ranks;
        this.calls = calls;
        this.channel = channel;
        this.made = new int[np];
        this.findsNothing = new boolean[np];
        this.passedOver = new boolean[np];
        calls.onChange(this::changed);
    }

    /**
     * A rank entered or left a call: a rank waiting to decide looks at once. The poll alone left it waiting up to a
     * millisecond at every decision, longer than a Mandelbrot row: a farm's run under a schedule took twice as long.
     */
    private void changed() {
        if (waiting > 0) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** The source rank {@code rank}'s receive from {@code source} with {@code tag} takes its message from. */
    int source(int rank, int source, int tag, String site) {
        if (source != OpenCalls.ANY || rank < 0 || rank >= made.length || calls.receivesUncounted(rank)) {
            return source;
        }
        MpiCallLog.OpenCall call = calls.openCall(Thread.currentThread());
        return decide(rank, new Pending(call == null ? "Recv" : call.kind(), source, tag, site), source);
    }

    /**
     * What rank {@code rank}'s poll from {@code source} (a rank, or any) with {@code tag} finds: the sender whose
     * message it shows, {@link #NOTHING}, or {@link #UNDECIDED}.
     */
    int poll(int rank, int source, int tag, String site) {
        if (rank < 0 || rank >= made.length) {
            return UNDECIDED;
        }
        if (calls.receivesUncounted(rank)) {
            synchronized (this) {
                findsNothing[rank] = false;
            }
            return UNDECIDED;
        }
        return decide(rank, new Pending("Iprobe", source, tag, site), UNDECIDED);
    }

    /** Whether rank {@code rank}'s poll now returning was made to find nothing. */
    synchronized boolean findsNothing(int rank) {
        return rank >= 0 && rank < findsNothing.length && findsNothing[rank];
    }

    private int decide(int rank, Pending pending, int interrupted) {
        synchronized (this) {
            deciding.put(rank, pending);
            waiting++;
            try {
                while (!decided.containsKey(rank)) {
                    if (quiescent()) {
                        decideAll();
                    } else {
                        wait(POLL_MILLIS); // woken early by a change to the calls; the poll sees ranks end or park
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                deciding.remove(rank);
                findsNothing[rank] = false;
                return interrupted;
            } finally {
                waiting--;
            }
            deciding.remove(rank);
            return decided.remove(rank);
        }
    }

    /** Decides for every rank waiting: the same quiescent state for all. */
    private void decideAll() {
        for (var entry : deciding.entrySet()) {
            int rank = entry.getKey();
            if (decided.containsKey(rank)) {
                continue;
            }
            Pending pending = entry.getValue();
            List<Integer> candidates = calls.pendingSenders(rank, pending.tag()).stream()
                .filter(sender -> pending.source() == OpenCalls.ANY || sender == pending.source()).toList();
            int number = made[rank]++;
            if (candidates.isEmpty()) {
                // Nothing can come: a receive waits (the deadlock watch sees it); a poll finds nothing.
                decided.put(rank, pending.polls() ? NOTHING : OpenCalls.ANY);
                findsNothing[rank] = pending.polls();
                continue;
            }
            int chosen = schedule.choose(rank, number, candidates, pending.polls() && !passedOver[rank]);
            decided.put(rank, chosen);
            if (pending.polls()) {
                findsNothing[rank] = chosen == NOTHING;
                passedOver[rank] = chosen == NOTHING;
            }
            channel.send("MATCH", rank, number, pending.tag(),
                candidates.stream().map(String::valueOf).collect(Collectors.joining(",")), chosen, pending.site(),
                pending.call());
        }
        notifyAll();
    }

    /** Whether no rank but the deciding ones can change the messages pending: each has ended or waits for good. */
    private boolean quiescent() {
        // One state, not pieces of several: each rank's call and the counts are read while the ranks go on.
        long mark = calls.stateMark();
        if (mark < 0) {
            return false;
        }
        for (int rank = 0; rank < ranks.size(); rank++) {
            if (!deciding.containsKey(rank) && !settled(rank)) {
                return false;
            }
        }
        return calls.unchangedSince(mark);
    }

    private boolean settled(int rank) {
        Thread thread = ranks.mainThread(rank);
        if (!thread.isAlive()) {
            // Ended; a rank whose thread is not started yet (they start one after another) has all to do.
            return thread.getState() == Thread.State.TERMINATED;
        }
        MpiCallLog.OpenCall call = calls.openCall(thread);
        if (call == null) {
            // Finalize, or a wait the weaving does not see (a Request's Wait), parked: it waits for another rank.
            // Anywhere else in MPJ (Init, Rank, a monitor it takes) a parked rank only waits its turn to go on.
            StackTraceElement[] frames = thread.getStackTrace();
            Thread.State state = thread.getState();
            return StackFrames.finalizing(frames) || StackFrames.waitingForRequest(frames)
                && (state == Thread.State.WAITING || state == Thread.State.BLOCKED);
        }
        return switch (call.kind()) {
            case "Send", "Ssend", "Rsend", "Bsend", "Sendrecv", "Sendrecv_replace" -> sendWaits(rank, call);
            case "Recv", "Probe" -> receiveWaits(rank, call);
            case "Barrier", "Bcast", "Reduce", "Allreduce", "Scan", "Reduce_scatter", "Gather", "Gatherv", "Scatter",
                 "Scatterv", "Allgather", "Allgatherv", "Alltoall", "Alltoallv" -> true; // a deciding rank is not in it
            default -> false; // non-blocking calls, and a call returning, go on by themselves
        };
    }

    /** A blocking send waits for good unless its destination is in a receive that may take it. */
    private boolean sendWaits(int rank, MpiCallLog.OpenCall send) {
        int peer = send.peer();
        if (peer < 0 || peer >= ranks.size() || deciding.containsKey(peer)) {
            return true;
        }
        Thread destination = ranks.mainThread(peer);
        MpiCallLog.OpenCall there = destination.isAlive() ? calls.openCall(destination) : null;
        if (there == null) {
            return settled(peer);
        }
        boolean mayReceive = there.kind().startsWith("Sendrecv") || (there.kind().equals("Recv")
            || there.kind().equals("Probe")) && (there.peer() == OpenCalls.ANY || there.peer() == rank)
            && (there.tag() == OpenCalls.ANY || there.tag() == send.tag());
        return !mayReceive;
    }

    /** A blocking receive waits for good unless a message it matches is pending or a sender is in its send. */
    private boolean receiveWaits(int rank, MpiCallLog.OpenCall receive) {
        List<Integer> senders = calls.receivesUncounted(rank) ? List.of() : calls.pendingSenders(rank, receive.tag());
        if (receive.peer() == OpenCalls.ANY ? !senders.isEmpty() : senders.contains(receive.peer())) {
            return false;
        }
        for (int other = 0; other < ranks.size(); other++) {
            Thread thread = ranks.mainThread(other);
            MpiCallLog.OpenCall call = other == rank || !thread.isAlive() ? null : calls.openCall(thread);
            if (call != null && call.peer() == rank && (receive.peer() == OpenCalls.ANY || receive.peer() == other)
                && (receive.tag() == OpenCalls.ANY || receive.tag() == call.tag())
                && List.of("Send", "Ssend", "Rsend", "Bsend", "Sendrecv", "Sendrecv_replace").contains(call.kind())) {
                return false;
            }
        }
        return true;
    }
}
