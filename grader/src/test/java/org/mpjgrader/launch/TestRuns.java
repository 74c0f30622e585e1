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

    /** The outcome of a rank that returned from main. */
    public static RankOutcome finished() {
        return new RankOutcome(RankOutcome.Kind.FINISHED, "", "", List.of(), null);
    }
}
