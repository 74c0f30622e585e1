package org.mpjgrader.result;

import java.time.Instant;
import java.util.List;

/**
 * The grading of one submission: what was graded, with which seed, on what (grader version, Java, MPJ Express,
 * cores, isolation), and each exercise's result. {@code notGradedReason} is set when the grader or the machine failed before anything was graded.
 */
public record GradingResult(String submission, long seed, GradingEnvironment environment, Instant gradedAt,
                            List<ExerciseResult> exercises) {

    public GradingResult {
        exercises = List.copyOf(exercises);
    }

    public String graderVersion() {
        return environment.graderVersion();
    }

    public double score() {
        return exercises.stream().mapToDouble(ExerciseResult::score).sum();
    }

    public double maxScore() {
        return exercises.stream().mapToDouble(ExerciseResult::maxScore).sum();
    }

    public boolean allPassed() {
        return exercises.stream().allMatch(e -> !e.verdict().failed());
    }

    public boolean anyNotGraded() {
        return exercises.stream().anyMatch(e -> e.verdict() == Verdict.NOT_GRADED);
    }
}
