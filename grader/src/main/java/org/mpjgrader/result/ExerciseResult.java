package org.mpjgrader.result;

import java.util.List;

/**
 * The grades of one exercise's runs; its verdict is the first that failed, or {@code PASS} ({@code INCONCLUSIVE}
 * runs are no failure).
 */
public record ExerciseResult(String id, String title, List<RunGrade> runs) {

    public ExerciseResult {
        runs = List.copyOf(runs);
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
