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

    /**
     * What the submission's programs tried, one line per thing tried with the runs that tried it:
     * {@code hello at 1, 2, 3, 4 ranks: rank 0 tried to start a process: sh (at HelloWorld.java:13)}.
     */
    public List<String> integrityLines() {
        java.util.Map<String, java.util.Map<String, java.util.List<Integer>>> byExercise = new java.util.LinkedHashMap<>();
        for (ExerciseResult exercise : exercises) {
            for (RunGrade run : exercise.runs()) {
                for (IntegrityFlag flag : run.integrity()) {
                    java.util.List<Integer> ranks = byExercise.computeIfAbsent(exercise.id(),
                        e -> new java.util.LinkedHashMap<>()).computeIfAbsent(flag.message(), m -> new java.util.ArrayList<>());
                    if (!ranks.contains(run.np())) {
                        ranks.add(run.np());
                    }
                }
            }
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        byExercise.forEach((exercise, flags) -> flags.forEach((message, counts) -> lines.add(exercise + " at "
            + counts.stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
            + (counts.equals(java.util.List.of(1)) ? " rank: " : " ranks: ") + message)));
        return lines;
    }

    /** The kinds of what the submission's programs tried, in the gradebook's words ({@code process; read outside}). */
    public String integrityKinds() {
        return exercises.stream().flatMap(e -> e.runs().stream()).flatMap(r -> r.integrity().stream())
            .map(f -> IntegrityFlag.label(f.kind())).distinct().sorted().collect(java.util.stream.Collectors.joining("; "));
    }

    public boolean anyNotGraded() {
        return exercises.stream().anyMatch(e -> e.verdict() == Verdict.NOT_GRADED);
    }
}
