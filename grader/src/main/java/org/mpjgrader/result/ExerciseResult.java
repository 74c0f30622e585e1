package org.mpjgrader.result;

import java.util.List;

/**
 * The grades of one exercise's runs; its verdict is the first that failed, or {@code PASS} ({@code INCONCLUSIVE}
 * runs are no failure).
 *
 * @param pattern what separates the runs that failed from those that passed, when one rule over the rank count
 *                (and the arguments) does, such as {@code fails when the rank count does not divide ni (200): ...};
 *                empty when none does
 */
public record ExerciseResult(String id, String title, List<RunGrade> runs, String pattern) {

    public ExerciseResult {
        runs = List.copyOf(runs);
        pattern = pattern == null ? "" : pattern;
    }

    /** An exercise whose runs show no pattern. */
    public ExerciseResult(String id, String title, List<RunGrade> runs) {
        this(id, title, runs, "");
    }

    public boolean hasPattern() {
        return !pattern.isEmpty();
    }

    public double score() {
        return runs.stream().mapToDouble(RunGrade::points).sum();
    }

    public double maxScore() {
        return runs.stream().mapToDouble(RunGrade::maxPoints).sum();
    }

    public Verdict verdict() {
        return runs.stream().map(RunGrade::verdict).filter(Verdict::failed).findFirst().orElse(Verdict.PASS);
    }
}
