package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.mpjgrader.launch.MpiCall;
import org.mpjgrader.launch.RankOutcome;
import org.mpjgrader.launch.RunResult;

/**
 * Who waits for whom in a run whose ranks did not end, from the MPI call each was still in: a receive waits for its
 * source, a send (MPJ's multicore sends wait for the receive) for its destination, a rank of a rooted collective
 * for the root, the root and the ranks of other collectives for everyone else in it. What it finds is told to the
 * student: the cycle of waits, or a rank that waits for one that has already ended.
 */
final class WaitForGraph {
    private final RunResult result;

    WaitForGraph(RunResult result) {
        this.result = result;
    }

    /** How a rank's open call reads: "Recv from rank 1 (tag 11)", "Bcast (root 0)". */
    static String describe(MpiCall call) {
        String kind = call.kind();
        if (call.rooted()) {
            return kind + " (root " + call.peer() + ")";
        }
        if (call.collective()) {
            return kind;
        }
        String direction = call.sends() ? " to " : " from ";
        String peer = call.peer() >= 0 ? "rank " + call.peer() : "any rank";
        return kind + direction + peer + (call.tag() >= 0 ? " (tag " + call.tag() + ")" : " (any tag)");
    }

    /** The ranks the rank waits for: one, or all others; none when it is in no recorded call. */
    List<Integer> waitsFor(int rank) {
        Optional<MpiCall> call = result.trace().waitingIn(rank);
        if (call.isEmpty()) {
            return List.of();
        }
        MpiCall open = call.get();
        boolean onePeer = (open.sends() || open.receives() || open.probes() || open.rooted()) && open.peer() >= 0
            && open.peer() != rank && open.peer() < result.np();
        if (onePeer) {
            return List.of(open.peer());
        }
        return IntStream.range(0, result.np()).filter(r -> r != rank).boxed().toList();
    }

    /** A send to its own rank (MPJ's waits for the receive) or a receive from it: a cycle of one rank. */
    private boolean waitsForItself(int rank) {
        return result.trace().waitingIn(rank)
            .filter(call -> (call.sends() || call.receives()) && call.peer() == rank).isPresent();
    }

    /** What the graph explains, a line each: a cycle of ranks that wait for each other, or waits for ended ranks. */
    List<String> explanation() {
        List<String> lines = new ArrayList<>();
        cycle().ifPresent(cycle -> lines.add(cycleText(cycle)));
        for (int rank = 0; rank < result.np(); rank++) {
            if (waitsForItself(rank)) {
                lines.add("rank " + rank + " waits for itself: only a call of its own, after this one, could "
                    + "complete it");
            }
        }
        for (int rank = 0; rank < result.np(); rank++) {
            List<Integer> peers = waitsFor(rank);
            if (peers.size() != 1) {
                continue;
            }
            RankOutcome peer = result.rank(peers.get(0)).outcome();
            if (peer.ended()) {
                lines.add("rank " + rank + " waits for rank " + peers.get(0) + ", which had already ended");
            } else if (peer.stuck() != null && result.trace().waitingIn(peers.get(0)).isEmpty()
                && peer.stuck().mpiCall().equals("Finalize")) {
                lines.add("rank " + rank + " waits for rank " + peers.get(0) + ", which has gone on to Finalize: "
                    + "no matching call is coming");
            }
        }
        return lines;
    }

    /** The first cycle of ranks each waiting for exactly the next one, from the lowest rank. */
    Optional<List<Integer>> cycle() {
        for (int first = 0; first < result.np(); first++) {
            Set<Integer> path = new LinkedHashSet<>();
            int rank = first;
            while (path.add(rank)) {
                List<Integer> peers = waitsFor(rank);
                if (peers.size() != 1) {
                    break;
                }
                rank = peers.get(0);
            }
            if (path.contains(rank) && waitsFor(rank).size() == 1) {
                List<Integer> ranks = new ArrayList<>(path);
                List<Integer> cycle = ranks.subList(ranks.indexOf(rank), ranks.size());
                if (cycle.get(0) == cycle.stream().mapToInt(Integer::intValue).min().orElse(0)) {
                    return Optional.of(List.copyOf(cycle));
                }
            }
        }
        return Optional.empty();
    }

    /** "rank 0 waits for rank 1, rank 1 for rank 2, rank 2 for rank 0: a cycle, ...". */
    private static String cycleText(List<Integer> cycle) {
        List<String> waits = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            int next = cycle.get((i + 1) % cycle.size());
            waits.add((i == 0 ? "rank " + cycle.get(i) + " waits for rank " : "rank " + cycle.get(i) + " for rank ")
                + next);
        }
        return "cycle: " + String.join(", ", waits) + ": none of them can go on";
    }
}
