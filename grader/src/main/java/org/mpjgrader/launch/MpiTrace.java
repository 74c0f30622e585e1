package org.mpjgrader.launch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The MPI calls of one run, in the order each rank completed them: the first {@code 2000} calls of each rank
 * ({@code untold} counts the rest), for each rank that did not end, the call it was still in, and where a schedule
 * matched the wildcard receives, its decisions in order.
 */
public record MpiTrace(List<MpiCall> calls, Map<Integer, MpiCall> waiting, Map<Integer, Long> untold,
                       List<WildcardMatch> matches) {
    public static final MpiTrace NONE = new MpiTrace(List.of(), Map.of(), Map.of());

    public MpiTrace {
        calls = List.copyOf(calls);
        waiting = Map.copyOf(waiting);
        untold = Map.copyOf(untold);
        matches = List.copyOf(matches);
    }

    /** A trace of a run whose matching was not controlled. */
    public MpiTrace(List<MpiCall> calls, Map<Integer, MpiCall> waiting, Map<Integer, Long> untold) {
        this(calls, waiting, untold, List.of());
    }

    public List<MpiCall> of(int rank) {
        return calls.stream().filter(c -> c.rank() == rank).toList();
    }

    /** The kinds of call a rank made, sorted. */
    public Set<String> kinds(int rank) {
        TreeSet<String> kinds = new TreeSet<>();
        of(rank).forEach(c -> kinds.add(c.kind()));
        return kinds;
    }

    public Optional<MpiCall> waitingIn(int rank) {
        return Optional.ofNullable(waiting.get(rank));
    }

    /** Whether every call of every rank was told (none beyond the runner's limit per rank). */
    public boolean complete() {
        return untold.isEmpty();
    }
}
