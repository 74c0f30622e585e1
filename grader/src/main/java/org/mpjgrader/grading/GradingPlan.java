package org.mpjgrader.grading;

import java.util.ArrayList;
import java.util.List;
import org.mpjgrader.spec.ExerciseSpec;

/** Every run of one grading, fixed before the first one starts: the same seed gives the same plan. */
public record GradingPlan(String submission, long seed, List<ExerciseSpec> exercises, List<PlannedRun> runs) {

    public GradingPlan {
        exercises = List.copyOf(exercises);
        runs = List.copyOf(runs);
    }

    public static GradingPlan of(String submission, List<ExerciseSpec> exercises, long seed) {
        List<PlannedRun> runs = new ArrayList<>();
        for (ExerciseSpec exercise : exercises) {
            for (int np : exercise.rankCounts()) {
                runs.add(new PlannedRun(exercise, np, List.of(), exercise.pointsPerRun()));
            }
        }
        return new GradingPlan(submission, seed, exercises, runs);
    }

    public List<PlannedRun> runsOf(ExerciseSpec exercise) {
        return runs.stream().filter(r -> r.exercise().equals(exercise)).toList();
    }
}
