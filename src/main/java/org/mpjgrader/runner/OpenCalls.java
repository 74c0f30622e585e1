package org.mpjgrader.runner;

import java.util.Map;
import java.util.Set;

/**
 * Whether the MPI calls the live ranks are in can still complete one another, read from the calls themselves, not
 * from the clock or the CPU: a blocking send completes when its peer is in a matching receive; a receive when a
 * message already sent waits for it, or a rank is in a matching send; a collective when every rank is in one. Where
 * a rank waits somewhere the weaving does not see (a {@code Request}'s {@code Wait}), the outlook is unknown, and
 * only the time limit ends the run: a machine that starves the JVM must never look like a deadlock.
 */
final class OpenCalls {
    /** What the live ranks' calls can do. */
    enum Outlook { STUCK, MOVING, UNKNOWN }

    /** The kind of a call that has completed and is being reported: it returns on its own. */
    static final String RETURN = "Return";
    /** MPJ Express's {@code MPI.ANY_SOURCE} and {@code MPI.ANY_TAG}. */
    static final int ANY = -2;
    private static final Set<String> BLOCKING_SENDS = Set.of("Send", "Ssend", "Rsend");
    private static final Set<String> BLOCKING_RECEIVES = Set.of("Recv", "Probe");
    private static final Set<String> COLLECTIVES = Set.of("Barrier", "Bcast", "Reduce", "Allreduce", "Scan",
        "Reduce_scatter", "Gather", "Gatherv", "Scatter", "Scatterv", "Allgather", "Allgatherv", "Alltoall",
        "Alltoallv");

    /** One live rank's state: the call it is in (null where none is known) and whether it is in Finalize. */
    record Waiting(MpiCallLog.OpenCall call, boolean finalizing) {
    }

    /** Messages sent to a rank that no receive has taken yet, by source and tag. */
    @FunctionalInterface
    interface Unreceived {
        long count(int source, int destination, int tag);
    }

    private OpenCalls() {
    }

    /**
     * @param np      the run's rank count
     * @param waiting each live rank's state, by rank (the ranks that ended are absent)
     */
    static Outlook outlook(int np, Map<Integer, Waiting> waiting, Unreceived unreceived) {
        if (waiting.values().stream().allMatch(Waiting::finalizing)) {
            return Outlook.MOVING;
        }
        boolean unknown = false;
        for (var entry : waiting.entrySet()) {
            Waiting state = entry.getValue();
            if (state.finalizing()) {
                continue;
            }
            MpiCallLog.OpenCall call = state.call();
            if (call == null) {
                unknown = true;
                continue;
            }
            if (canComplete(entry.getKey(), call, np, waiting, unreceived)) {
                return Outlook.MOVING;
            }
        }
        return unknown ? Outlook.UNKNOWN : Outlook.STUCK;
    }

    private static boolean canComplete(int rank, MpiCallLog.OpenCall call, int np, Map<Integer, Waiting> waiting,
                                       Unreceived unreceived) {
        String kind = call.kind();
        if (BLOCKING_SENDS.contains(kind)) {
            Waiting peer = waiting.get(call.peer());
            return peer != null && !peer.finalizing() && (peer.call() == null || receives(peer.call(), rank, call.tag()));
        }
        if (BLOCKING_RECEIVES.contains(kind)) {
            if (unreceived.count(call.peer(), rank, call.tag()) > 0) {
                return true;
            }
            for (var other : waiting.entrySet()) {
                MpiCallLog.OpenCall sender = other.getValue().call();
                if (other.getKey() != rank && !other.getValue().finalizing() && (sender == null
                    || BLOCKING_SENDS.contains(sender.kind()) && sender.peer() == rank
                    && receives(call, other.getKey(), sender.tag()))) {
                    return true;
                }
            }
            return false;
        }
        if (COLLECTIVES.contains(kind)) {
            return waiting.size() == np && waiting.values().stream()
                .allMatch(w -> w.call() == null || COLLECTIVES.contains(w.call().kind()));
        }
        return true; // non-blocking calls and Sendrecv return on their own
    }

    /** Whether a receive-like call takes a message from {@code source} with {@code tag}. */
    private static boolean receives(MpiCallLog.OpenCall call, int source, int tag) {
        return BLOCKING_RECEIVES.contains(call.kind()) && (call.peer() == ANY || call.peer() == source)
            && (call.tag() == ANY || call.tag() == tag);
    }
}
