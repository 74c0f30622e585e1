package org.mpjgrader.spec;

import java.util.List;
import org.mpjgrader.check.ParallelCheck;

/**
 * An exercise's runs on a large input, judged on how the work is spread over the ranks (against the reference
 * on the same input): the input, the rank counts, and what the check needs to know of the exercise.
 *
 * @param rootWorks      whether rank 0 shares the work
 * @param shareOfReference the share of the reference's modelled speedup a run must reach
 */
public record ParallelRuns(List<String> arguments, List<Integer> rankCounts, boolean rootWorks,
                           double shareOfReference) {
    public static final ParallelRuns NONE = new ParallelRuns(List.of(), List.of(), true);

    public ParallelRuns {
        arguments = List.copyOf(arguments);
        rankCounts = List.copyOf(rankCounts);
    }

    /** Runs judged against 80% of the reference's modelled speedup. */
    public ParallelRuns(List<String> arguments, List<Integer> rankCounts, boolean rootWorks) {
        this(arguments, rankCounts, rootWorks, ParallelCheck.SHARE_OF_REFERENCE);
    }

    public boolean any() {
        return !rankCounts.isEmpty();
    }

    public ParallelCheck check() {
        return new ParallelCheck(rootWorks, shareOfReference);
    }
}
