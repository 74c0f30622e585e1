package org.mpjgrader.report;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/**
 * Where a student stands in one exercise, for the closing lines of their {@code mvn verify}: it passes, it fails
 * at some rank counts, or it is not started (every run prints none of the graded lines), which a student working
 * through the lessons in order should not read as failures burying the exercise in progress.
 *
 * @param passingAt the rank counts at which every run passed
 * @param failingAt the rank counts at which some run failed
 */
public record ExerciseProgress(String id, State state, List<Integer> passingAt, List<Integer> failingAt) {
    /** The id column's least width; a longer id widens it for every line, so that the lines stay aligned. */
    private static final int ID_WIDTH = 20;

    public enum State { PASSES, FAILS, NOT_STARTED }

    public ExerciseProgress {
        passingAt = List.copyOf(passingAt);
        failingAt = List.copyOf(failingAt);
    }

    public static ExerciseProgress of(ExerciseResult exercise) {
        // A wall-clock row is a measurement (never a failure) and repeats a rank count: it says nothing here.
        List<RunGrade> graded = exercise.runs().stream().filter(r -> r.visibility() != Visibility.WALL).toList();
        TreeSet<Integer> failing = graded.stream().filter(r -> r.verdict().failed()).map(RunGrade::np)
            .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<Integer> passing = graded.stream().map(RunGrade::np).filter(np -> !failing.contains(np))
            .collect(Collectors.toCollection(TreeSet::new));
        boolean notStarted = !graded.isEmpty()
            && graded.stream().allMatch(r -> r.verdict() == Verdict.NOT_IMPLEMENTED);
        State state = notStarted ? State.NOT_STARTED : failing.isEmpty() ? State.PASSES : State.FAILS;
        return new ExerciseProgress(exercise.id(), state, List.copyOf(passing), List.copyOf(failing));
    }

    /** A run's name in the student's test report: {@code hello at 3 ranks}, and which input when not the visible one. */
    public static String runName(RunGrade run) {
        String name = run.exerciseId() + " at " + ranks(List.of(run.np()));
        return switch (run.visibility()) {
            case VISIBLE -> name;
            case HIDDEN -> name + ", on a hidden input";
            case PARALLEL -> name + ", on the large input";
            case WALL -> name + ", wall-clock speedup";
        };
    }

    /** One line: {@code p2p                  passes at 1, 2, 3, 4 ranks}. */
    public String line() {
        return line(ID_WIDTH);
    }

    private String line(int idWidth) {
        String what = switch (state) {
            case PASSES -> "passes at " + ranks(passingAt);
            case FAILS -> "FAILS at " + ranks(failingAt)
                + (passingAt.isEmpty() ? "" : " (passes at " + ranks(passingAt) + ")") + ": what went wrong is below";
            case NOT_STARTED -> "not started (prints none of the lines the grader reads)";
        };
        return "  " + String.format("%-" + idWidth + "s", id) + " " + what;
    }

    /** The closing summary: a heading, a line per exercise, the counts and how to check one exercise. */
    public static String summary(List<ExerciseProgress> exercises) {
        StringBuilder text = new StringBuilder("Your exercises on the visible checks:\n");
        int idWidth = Math.max(ID_WIDTH, exercises.stream().mapToInt(e -> e.id().length()).max().orElse(0));
        exercises.forEach(e -> text.append(e.line(idWidth)).append('\n'));
        text.append("passing: ").append(count(exercises, State.PASSES))
            .append(", failing: ").append(count(exercises, State.FAILS))
            .append(", not started: ").append(count(exercises, State.NOT_STARTED))
            .append(". One exercise: mvn verify -Dexercise=ID (grader/grade --only ID prints a table).\n");
        return text.toString();
    }

    private static long count(List<ExerciseProgress> exercises, State state) {
        return exercises.stream().filter(e -> e.state() == state).count();
    }

    private static String ranks(List<Integer> counts) {
        String listed = counts.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return listed + (counts.equals(List.of(1)) ? " rank" : " ranks");
    }
}
