package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mpjgrader.launch.MpiCall;
import org.mpjgrader.launch.RunResult;

/**
 * Something a lesson teaches that a run's MPI calls must show (a broadcast, a scatter, a send to rank 0), read from
 * the calls the runner recorded. Its problem, when there is one, is the "but was" of a failure message.
 */
public interface CallRule {

    /** What the rule expects, as the "expected" of a failure message: "every rank calls Bcast". */
    String expected();

    /** What the run did instead, or empty when it keeps the rule. */
    Optional<String> problem(RunResult result);

    /** Every rank makes one of these calls (the first kind is the one the lesson names). */
    static CallRule everyRankCalls(String... kinds) {
        Set<String> accepted = Set.of(kinds);
        String named = String.join(" or ", kinds);
        return new CallRule() {
            @Override
            public String expected() {
                return "every rank calls " + named;
            }

            @Override
            public Optional<String> problem(RunResult result) {
                List<Integer> missing = new ArrayList<>();
                for (int rank = 0; rank < result.np(); rank++) {
                    if (result.trace().kinds(rank).stream().noneMatch(accepted::contains)) {
                        missing.add(rank);
                    }
                }
                return missing.isEmpty() ? Optional.empty()
                    : Optional.of(ranks(missing) + " called no " + named + callsOf(result, missing));
            }
        };
    }

    /** Every rank but 0 sends to rank 0 with a point-to-point call (Send, Isend, Sendrecv, ...). */
    static CallRule everyRankSendsToRoot() {
        return new CallRule() {
            @Override
            public String expected() {
                return "every rank R > 0 sends to rank 0 with Send (or another point-to-point send)";
            }

            @Override
            public Optional<String> problem(RunResult result) {
                List<Integer> missing = new ArrayList<>();
                for (int rank = 1; rank < result.np(); rank++) {
                    if (result.trace().of(rank).stream().noneMatch(c -> c.sends() && c.peer() == 0)) {
                        missing.add(rank);
                    }
                }
                return missing.isEmpty() ? Optional.empty()
                    : Optional.of(ranks(missing) + " sent nothing to rank 0" + callsOf(result, missing));
            }
        };
    }

    /**
     * No rank makes a point-to-point call (a send, a receive or a probe): the lesson's homework combines the ranks'
     * results with a collective alone, and a Send/Recv pair would compute the same output another way.
     */
    static CallRule noPointToPoint() {
        return new CallRule() {
            @Override
            public String expected() {
                return "no point-to-point call (Send, Recv, Isend, Irecv, Sendrecv, Probe, ...): collectives only";
            }

            @Override
            public Optional<String> problem(RunResult result) {
                List<Integer> offenders = new ArrayList<>();
                Set<String> kinds = new TreeSet<>();
                for (int rank = 0; rank < result.np(); rank++) {
                    List<MpiCall> pointToPoint = result.trace().of(rank).stream()
                        .filter(c -> c.sends() || c.receives() || c.probes()).toList();
                    if (!pointToPoint.isEmpty()) {
                        offenders.add(rank);
                        pointToPoint.forEach(c -> kinds.add(c.kind()));
                    }
                }
                return offenders.isEmpty() ? Optional.empty()
                    : Optional.of(ranks(offenders) + " called " + String.join(", ", kinds));
            }
        };
    }

    /**
     * No rank but 0 receives A whole (the first two arguments are its rows and columns, of doubles): no call of
     * another rank delivers exactly A's size. Judged only where B (the second and third arguments) is of another
     * size, so that B's broadcast is not taken for A's.
     */
    /**
     * No rank but 0 receives all of A, in one call or row by row: read from the calls, so that the verdict is the
     * same on every machine (what a rank allocated moves with the JIT).
     */
    static CallRule onlyRootHoldsA() {
        return new CallRule() {
            /** The calls that give a rank data: receives, and the collectives whose result lands on every rank. */
            private final Set<String> delivers = Set.of("Recv", "Irecv", "Sendrecv", "Sendrecv_replace", "Bcast",
                "Scatter", "Scatterv", "Allgather", "Allgatherv", "Alltoall", "Alltoallv", "Allreduce");

            @Override
            public String expected() {
                return "no rank but 0 receives all of A, only its block of rows";
            }

            @Override
            public Optional<String> problem(RunResult result) {
                List<String> arguments = result.request().arguments();
                long a;
                long b;
                try {
                    a = 8L * Long.parseLong(arguments.get(0)) * Long.parseLong(arguments.get(1));
                    b = 8L * Long.parseLong(arguments.get(1)) * Long.parseLong(arguments.get(2));
                } catch (RuntimeException noSizes) {
                    return Optional.empty();
                }
                if (a == b) {
                    return Optional.empty();
                }
                long row = 8L * Long.parseLong(arguments.get(1));
                for (int rank = 1; rank < result.request().np(); rank++) {
                    // A's rows, whole or a row at a time: what a rank received in rows of A's width (B aside).
                    List<MpiCall> rowsOfA = result.trace().of(rank).stream()
                        .filter(c -> delivers.contains(c.kind()) && c.bytes() > 0 && c.bytes() % row == 0
                            && c.bytes() != b).toList();
                    long received = rowsOfA.stream().mapToLong(MpiCall::bytes).sum();
                    if (received >= a) {
                        Set<String> kinds = new TreeSet<>();
                        rowsOfA.forEach(c -> kinds.add(c.kind()));
                        return Optional.of(String.format(Locale.ROOT, "rank %d received all of A (%.1f MB) in %s",
                            rank, a / 1e6, rowsOfA.size() == 1 ? rowsOfA.get(0).kind()
                                : rowsOfA.size() + " calls (" + String.join(", ", kinds) + ")"));
                    }
                }
                return Optional.empty();
            }
        };
    }

    private static String ranks(List<Integer> ranks) {
        return (ranks.size() == 1 ? "rank " : "ranks ")
            + String.join(", ", ranks.stream().map(String::valueOf).toList());
    }

    /** " (their MPI calls: Reduce, Send)" or " (no MPI call at all)". */
    private static String callsOf(RunResult result, List<Integer> ranks) {
        Set<String> kinds = new TreeSet<>();
        ranks.forEach(r -> result.trace().of(r).stream().map(MpiCall::kind).forEach(kinds::add));
        return kinds.isEmpty() ? " (no MPI call at all)"
            : " (" + (ranks.size() == 1 ? "its" : "their") + " MPI calls: " + String.join(", ", kinds) + ")";
    }
}
