package org.mpjgrader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.spec.ExerciseSpec;

/**
 * Every run of one grading, fixed before the first one starts. The hidden arguments are drawn from the seed
 * (one generator per exercise, so that grading one exercise alone draws the same inputs): the same seed gives
 * the same plan.
 */
public record GradingPlan(String submission, long seed, List<ExerciseSpec> exercises, List<PlannedRun> runs) {

    public GradingPlan {
        exercises = List.copyOf(exercises);
        runs = List.copyOf(runs);
    }

    /**
     * @param hidden whether to add the hidden runs (only where the reference solutions are, to compute what
     *               they should print)
     */
    public static GradingPlan of(String submission, List<ExerciseSpec> exercises, long seed, boolean hidden) {
        return of(submission, exercises, seed, hidden, false);
    }

    /**
     * @param wallClock whether to add, after the parallel runs, a row (no points) per parallel rank count above 1
     *                  that judges the wall-clock speedup
     */
    public static GradingPlan of(String submission, List<ExerciseSpec> exercises, long seed, boolean hidden,
                                 boolean wallClock) {
        List<PlannedRun> runs = new ArrayList<>();
        for (ExerciseSpec exercise : exercises) {
            for (int np : exercise.rankCounts()) {
                runs.add(new PlannedRun(exercise, np, exercise.visibleArguments(), Visibility.VISIBLE,
                    exercise.pointsPerRun()));
            }
            if (hidden && exercise.hasHiddenRuns()) {
                Random random = new Random(seed * 31 + exercise.id().hashCode());
                for (int np : exercise.rankCounts()) {
                    runs.add(new PlannedRun(exercise, np, exercise.hiddenInputs().arguments(np, random),
                        Visibility.HIDDEN, exercise.pointsPerRun()));
                }
            }
            // Like the hidden runs, these need the reference solutions run on the same input. The run at 1 rank
            // scores nothing: it counts the work the others' speedups are reckoned from.
            if (hidden) {
                for (int np : exercise.parallelRuns().rankCounts()) {
                    runs.add(new PlannedRun(exercise, np, exercise.parallelRuns().arguments(), Visibility.PARALLEL,
                        np == 1 ? 0 : exercise.pointsPerRun()));
                }
            }
            if (hidden && wallClock) {
                for (int np : exercise.parallelRuns().rankCounts()) {
                    if (np > 1) {
                        runs.add(new PlannedRun(exercise, np, exercise.parallelRuns().arguments(), Visibility.WALL, 0));
                    }
                }
            }
        }
        return new GradingPlan(submission, seed, exercises, runs);
    }

    /** The ids of the exercises, in the plan's order: what a report that knows no spec may name. */
    public List<String> exerciseIds() {
        return exercises.stream().map(ExerciseSpec::id).toList();
    }

    public List<PlannedRun> runsOf(ExerciseSpec exercise) {
        return runs.stream().filter(r -> r.exercise().equals(exercise)).toList();
    }
}
