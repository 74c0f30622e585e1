package org.mpjgrader.launch;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Run results made up for the checks' unit tests: every rank finished, nothing else happened. */
public final class TestRuns {
    private TestRuns() {
    }

    public static RunResult completed(RunRequest request, List<RankOutput> ranks, List<OutputLine> merged,
                                      Map<String, String> files) {
        return new RunResult(request, ranks, merged, 0L, true, RunResult.Ending.COMPLETED, Duration.ZERO, false, "",
            -1, 0, Duration.ZERO, Duration.ZERO, false, List.of(), "", "", List.of(), files, Duration.ZERO, Duration.ZERO,
            MpiTrace.NONE);
    }

    /** A run of these ranks, of a made-up program without arguments. */
    public static RunResult completed(List<RankOutput> ranks) {
        RunRequest request = new RunRequest(java.nio.file.Path.of("classes"), "made.Up", ranks.size(), List.of(),
            RunLimits.DEFAULT);
        return completed(request, ranks, List.of(), Map.of());
    }

    /** A run of {@code np} ranks that all finished, whose program tried these (and this many of a rank's kind). */
    public static RunResult tried(int np, List<Attempt> attempts, Map<String, Long> counts) {
        List<RankOutput> ranks = java.util.stream.IntStream.range(0, np)
            .mapToObj(r -> new RankOutput(r, List.of(), List.of(), finished(), Duration.ZERO)).toList();
        RunResult run = completed(ranks);
        return new RunResult(run.request(), run.ranks(), run.merged(), 0L, true, RunResult.Ending.COMPLETED,
            Duration.ZERO, false, "", -1, 0, Duration.ZERO, Duration.ZERO, false, List.of(), "", "", List.of(),
            Map.of(), Duration.ZERO, Duration.ZERO, MpiTrace.NONE, attempts, counts);
    }

    /** A run of {@code np} ranks that all finished, having made these MPI calls. */
    public static RunResult traced(int np, List<MpiCall> calls) {
        List<RankOutput> ranks = java.util.stream.IntStream.range(0, np)
            .mapToObj(r -> new RankOutput(r, List.of(), List.of(), finished(), Duration.ZERO)).toList();
        RunResult run = completed(ranks);
        return new RunResult(run.request(), run.ranks(), run.merged(), 0L, true, RunResult.Ending.COMPLETED,
            Duration.ZERO, false, "", -1, 0, Duration.ZERO, Duration.ZERO, false, List.of(), "", "", List.of(),
            Map.of(), Duration.ZERO, Duration.ZERO, new MpiTrace(calls, Map.of(), Map.of()));
    }

    /** A run whose ranks did {@code work} (each rank's count), allocated {@code allocated} and made these calls. */
    public static RunResult worked(List<Long> work, List<Long> allocated, List<MpiCall> calls) {
        List<RankOutput> ranks = java.util.stream.IntStream.range(0, work.size())
            .mapToObj(r -> new RankOutput(r, List.of(), List.of(), finished(), Duration.ZERO, allocated.get(r),
                Duration.ZERO, work.get(r))).toList();
        RunResult run = completed(ranks);
        return new RunResult(run.request(), ranks, List.of(), 0L, true, RunResult.Ending.COMPLETED,
            Duration.ZERO, false, "", -1, 0, Duration.ZERO, Duration.ZERO, false, List.of(), "", "", List.of(),
            Map.of(), Duration.ZERO, Duration.ZERO, new MpiTrace(calls, Map.of(), Map.of()));
    }

    /**
     * A completed call on the work clock: entered at {@code workIn} of the rank's work, returned at the same work;
     * {@code source} and {@code matchedTag} what a receive matched (-1 for none).
     */
    public static MpiCall clocked(int rank, String kind, int peer, int tag, int source, int matchedTag, long workIn) {
        return new MpiCall(rank, kind, peer, tag, source, 8, List.of(), Duration.ZERO, Duration.ZERO, matchedTag,
            workIn, workIn);
    }

    /** A run whose ranks in {@code waiting} did not end, each still in that call; the others finished. */
    public static RunResult stuck(int np, List<MpiCall> waiting) {
        RunResult run = traced(np, List.of());
        Map<Integer, MpiCall> open = new java.util.HashMap<>();
        waiting.forEach(c -> open.put(c.rank(), c));
        List<RankOutput> ranks = run.ranks().stream().map(r -> !open.containsKey(r.rank()) ? r
            : new RankOutput(r.rank(), List.of(), List.of(), new RankOutcome(RankOutcome.Kind.NOT_ENDED, "", "",
                List.of(), new RankOutcome.Stuck(0, "WAITING", List.of())), Duration.ZERO)).toList();
        return new RunResult(run.request(), ranks, List.of(), 0L, true, RunResult.Ending.TIMED_OUT, Duration.ZERO,
            true, "", -1, 0, Duration.ZERO, Duration.ZERO, false, List.of(), "", "", List.of(), Map.of(),
            Duration.ZERO, Duration.ZERO, new MpiTrace(List.of(), open, Map.of()));
    }

    /** A run whose JVM ended without its goodbye before any rank ended (killed from outside, or a crash). */
    public static RunResult died(int np) {
        RunResult run = traced(np, List.of());
        List<RankOutput> ranks = run.ranks().stream().map(r -> new RankOutput(r.rank(), List.of(), List.of(),
            RankOutcome.notEnded(), Duration.ZERO)).toList();
        return new RunResult(run.request(), ranks, List.of(), 0L, true, RunResult.Ending.DIED, Duration.ZERO,
            false, "", -1, 137, Duration.ZERO, Duration.ZERO, false, List.of(), "", "", List.of(), Map.of(),
            Duration.ZERO, Duration.ZERO, MpiTrace.NONE);
    }

    /** A completed call: {@code source} is what a receive matched (-1 for none). */
    public static MpiCall call(int rank, String kind, int peer, int tag, int source, long bytes, Long... perRank) {
        return new MpiCall(rank, kind, peer, tag, source, bytes, List.of(perRank), Duration.ZERO, Duration.ZERO);
    }

    /** The outcome of a rank that returned from main. */
    public static RankOutcome finished() {
        return new RankOutcome(RankOutcome.Kind.FINISHED, "", "", List.of(), null);
    }
}
