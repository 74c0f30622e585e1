package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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
     * The sizes in bytes of an array a root distributes by rows, for one run's arguments.
     *
     * @param whole  the whole array (A of a matrix product: n1 x n2 doubles)
     * @param row    one of its rows
     * @param except an array every rank may receive whole (B, broadcast), whose size hides the first's when equal
     */
    record ArraySizes(long whole, long row, long except) {
    }

    /**
     * No rank but 0 receives all of an array, in one call or row by row, only its block of rows: read from the calls
     * (what a rank received in sizes of whole rows, the {@code except} array's aside), so that the verdict is the
     * same on every machine (what a rank allocated moves with the JIT). Judged only where the run's arguments give
     * the sizes, and the whole array's differs from the {@code except} one's.
     *
     * @param array the array's name in the messages ({@code A})
     * @param sizes the sizes for a run's arguments, or empty where they give none
     */
    static CallRule onlyRootReceivesWhole(String array, Function<List<String>, Optional<ArraySizes>> sizes) {
        return new CallRule() {
            /** The calls that give a rank data: receives, and the collectives whose result lands on every rank. */
            private final Set<String> delivers = Set.of("Recv", "Irecv", "Sendrecv", "Sendrecv_replace", "Bcast",
                "Scatter", "Scatterv", "Allgather", "Allgatherv", "Alltoall", "Alltoallv", "Allreduce");

            @Override
            public String expected() {
                return "no rank but 0 receives all of " + array + ", only its block of rows";
            }

            @Override
            public Optional<String> problem(RunResult result) {
                Optional<ArraySizes> known = sizes.apply(result.request().arguments());
                if (known.isEmpty() || known.get().whole() == known.get().except() || known.get().row() <= 0) {
                    return Optional.empty();
                }
                ArraySizes size = known.get();
                for (int rank = 1; rank < result.request().np(); rank++) {
                    // The array's rows, whole or a row at a time: what a rank received in rows of its width.
                    List<MpiCall> rows = result.trace().of(rank).stream()
                        .filter(c -> delivers.contains(c.kind()) && c.bytes() > 0 && c.bytes() % size.row() == 0
                            && c.bytes() != size.except()).toList();
                    long received = rows.stream().mapToLong(MpiCall::bytes).sum();
                    if (received >= size.whole()) {
                        Set<String> kinds = new TreeSet<>();
                        rows.forEach(c -> kinds.add(c.kind()));
                        return Optional.of(String.format(Locale.ROOT, "rank %d received all of %s (%.1f MB) in %s",
                            rank, array, size.whole() / 1e6, rows.size() == 1 ? rows.get(0).kind()
                                : rows.size() + " calls (" + String.join(", ", kinds) + ")"));
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
