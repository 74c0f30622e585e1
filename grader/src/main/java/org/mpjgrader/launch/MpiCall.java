package org.mpjgrader.launch;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One MPI call a rank made, as the runner recorded it: its kind ({@code Send}, {@code Bcast}, ...), the peer
 * (destination, requested source or root, -1 where the call has none, MPJ's {@code ANY_SOURCE} as it is), the tag
 * (-1 for collectives), the source a receive matched (-1 when none), the bytes this rank sends (or receives) to each
 * partner, and for the v-collectives the bytes per rank of the counts argument. Times run from the ranks' start.
 * {@code matchedTag} is the tag a receive matched (-1 when none); {@code workIn} and {@code workOut} the rank's work
 * clock when the call was entered and when it returned (-1 where not counted).
 */
public record MpiCall(int rank, String kind, int peer, int tag, int source, long bytes, List<Long> bytesPerRank,
                      Duration start, Duration end, int matchedTag, long workIn, long workOut) {
    private static final Set<String> SENDS =
        Set.of("Send", "Ssend", "Bsend", "Rsend", "Isend", "Ibsend", "Issend", "Irsend", "Sendrecv", "Sendrecv_replace");
    private static final Set<String> RECEIVES = Set.of("Recv", "Irecv", "Sendrecv", "Sendrecv_replace");
    private static final Set<String> PROBES = Set.of("Probe", "Iprobe");
    private static final Set<String> ROOTED = Set.of("Bcast", "Reduce", "Gather", "Gatherv", "Scatter", "Scatterv");

    public MpiCall {
        bytesPerRank = List.copyOf(bytesPerRank);
    }

    /** A call without its matched tag and work clock (a call still open, or made up by a test). */
    public MpiCall(int rank, String kind, int peer, int tag, int source, long bytes, List<Long> bytesPerRank,
                   Duration start, Duration end) {
        this(rank, kind, peer, tag, source, bytes, bytesPerRank, start, end, -1, -1, -1);
    }

    /** A call that sends a message to {@link #peer} (a {@code Sendrecv} both sends and receives). */
    public boolean sends() {
        return SENDS.contains(kind);
    }

    public boolean receives() {
        return RECEIVES.contains(kind);
    }

    public boolean probes() {
        return PROBES.contains(kind);
    }

    /** A collective with a root, which {@link #peer} then is. */
    public boolean rooted() {
        return ROOTED.contains(kind);
    }

    public boolean collective() {
        return !sends() && !receives() && !probes();
    }
}
