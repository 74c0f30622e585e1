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
 * {@code MATCH rank number tag candidates chosen site}. Every rank deciding at a quiescent point decides on the
 * same state, so that a schedule gives the same matching on every machine.
 */
final class WildcardMatching {
    private static final long POLL_MILLIS = 1;

    private final MatchingSchedule schedule;
    private final RankTable ranks;
    private final MpiCallLog calls;
    private final Channel channel;
    private final int[] made;
    /** The ranks waiting for a decision: their tag and the line of their receive. */
    private final Map<Integer, Pending> deciding = new TreeMap<>();
    private final Map<Integer, Integer> decided = new TreeMap<>();

    private record Pending(int tag, String site) {
    }

    WildcardMatching(MatchingSchedule schedule, RankTable ranks, MpiCallLog calls, Channel channel, int np) {
        this.schedule = schedule;
        this.ranks = ranks;
        this.calls = calls;
        this.channel = channel;
        this.made = new int[np];
    }

    /** The source rank {@code rank}'s receive from {@code source} with {@code tag} takes its message from. */
    int source(int rank, int source, int tag, String site) {
        if (source != OpenCalls.ANY || rank < 0 || rank >= made.length || calls.receivesUncounted(rank)) {
            return source;
        }
        synchronized (this) {
            deciding.put(rank, new Pending(tag, site));
            try {
                while (!decided.containsKey(rank)) {
                    if (quiescent()) {
                        decideAll();
                    } else {
                        wait(POLL_MILLIS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                deciding.remove(rank);
                return source;
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
            List<Integer> candidates = calls.pendingSenders(rank, entry.getValue().tag());
            int number = made[rank]++;
            if (candidates.isEmpty()) {
                decided.put(rank, OpenCalls.ANY); // nothing can come: MPJ waits, the deadlock watch sees it
                continue;
            }
            int chosen = schedule.choose(rank, number, candidates);
            decided.put(rank, chosen);
            channel.send("MATCH", rank, number, entry.getValue().tag(),
                candidates.stream().map(String::valueOf).collect(Collectors.joining(",")), chosen,
                entry.getValue().site());
        }
        notifyAll();
    }

    /** Whether no rank but the deciding ones can change the messages pending: each has ended or waits for good. */
    private boolean quiescent() {
        for (int rank = 0; rank < ranks.size(); rank++) {
            if (!deciding.containsKey(rank) && !settled(rank)) {
                return false;
            }
        }
        return true;
    }

    private boolean settled(int rank) {
        Thread thread = ranks.mainThread(rank);
        if (!thread.isAlive()) {
            return true;
        }
        MpiCallLog.OpenCall call = calls.openCall(thread);
        if (call == null) {
            // Finalize, or a wait the weaving does not see (a Request's Wait), parked: it waits for another rank.
            StackTraceElement[] frames = thread.getStackTrace();
            Thread.State state = thread.getState();
            return StackFrames.finalizing(frames) || StackFrames.insideMpi(frames)
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
            return !destination.isAlive() || settled(peer);
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
