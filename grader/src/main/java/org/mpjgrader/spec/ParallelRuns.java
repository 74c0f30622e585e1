package org.mpjgrader.spec;

import java.util.List;
import org.mpjgrader.check.ParallelCheck;

/**
 * An exercise's runs on a large input, judged on how the work is spread over the ranks (against the reference
 * on the same input): the input, the rank counts, and what the check needs to know of the exercise.
 *
 * @param rootWorks      whether rank 0 shares the work
 * @param distributedRows for an exercise that distributes A (n1 x n2, the first two arguments), true: no rank but
 *                       0 may hold all of it
 * @param shareOfReference the share of the reference's modelled speedup a run must reach
 */
public record ParallelRuns(List<String> arguments, List<Integer> rankCounts, boolean rootWorks,
                           boolean distributedRows, double shareOfReference) {
    public static final ParallelRuns NONE = new ParallelRuns(List.of(), List.of(), true, false);

    public ParallelRuns {
        arguments = List.copyOf(arguments);
        rankCounts = List.copyOf(rankCounts);
    }

    /** Runs judged against 80% of the reference's modelled speedup. */
    public ParallelRuns(List<String> arguments, List<Integer> rankCounts, boolean rootWorks, boolean distributedRows) {
        this(arguments, rankCounts, rootWorks, distributedRows, ParallelCheck.SHARE_OF_REFERENCE);
    }

    public boolean any() {
        return !rankCounts.isEmpty();
    }

    public ParallelCheck check() {
        long wholeBytes = distributedRows
            ? 8L * Long.parseLong(arguments.get(0)) * Long.parseLong(arguments.get(1)) : 0;
        return new ParallelCheck(rootWorks, wholeBytes, shareOfReference);
    }
}
