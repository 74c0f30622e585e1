package org.mpjgrader.batch;

import java.util.List;

/**
 * What every student of a batch is graded with, kept in the output folder ({@code batch.json}): a batch that
 * is resumed, or a share graded on another machine, must use the same, or its gradebook would mix gradings.
 *
 * @param timeLimitSeconds the wall-clock limit of each run when one was set for all exercises, otherwise 0
 * @param parallelRuns     whether the runs on a large input (how the work is spread) were made
 */
public record BatchSettings(long seed, List<String> exercises, boolean hidden, int timeLimitSeconds,
                            boolean parallelRuns) {
    public BatchSettings {
        exercises = List.copyOf(exercises);
    }
}
