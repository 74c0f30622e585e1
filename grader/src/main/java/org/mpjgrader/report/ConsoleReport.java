package org.mpjgrader.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.grading.GradingPlan;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.RunGrade;

/**
 * The table a person reads in a terminal: a row per run as it finishes (exercise, ranks, verdict, points,
 * time), under an exercise's rows the pattern its rank counts show (if any), the total, then the feedback of
 * every run that did not pass, each message once.
 */
public final class ConsoleReport implements GradingListener {
    /** The exercise column's least width; a longer id in the plan widens it, so that every row stays aligned. */
    private static final int ID_WIDTH = 20;
    private final PrintStream out;
    private String row = row(ID_WIDTH);
    /** Failed and inconclusive runs, for the feedback after the table. */
    private final List<RunGrade> notPassed = new ArrayList<>();
    /** Passed runs with a message: a note, such as a large serial part. */
    private final List<RunGrade> notes = new ArrayList<>();

    public ConsoleReport(PrintStream out) {
        this.out = out;
    }

    private static String row(int idWidth) {
        return "%-" + idWidth + "s %5s  %-8s  %-16s %9s %8s%n";
    }

    @Override
    public void gradingStarted(GradingPlan plan) {
        row = row(Math.max(ID_WIDTH, plan.exerciseIds().stream().mapToInt(String::length).max().orElse(0)));
        out.printf(Locale.ROOT, "Grading %s (seed %d): %d runs of %d exercises%n%n", plan.submission(), plan.seed(),
            plan.runs().size(), plan.exercises().size());
        out.printf(Locale.ROOT, row, "exercise", "ranks", "input", "verdict", "points", "time");
    }

    @Override
    public void runFinished(RunGrade grade) {
        out.printf(Locale.ROOT, row, grade.exerciseId(), grade.np(),
            grade.visibility().name().toLowerCase(Locale.ROOT), grade.verdict(),
            points(grade.points()) + "/" + points(grade.maxPoints()),
            String.format(Locale.ROOT, "%.2f s", grade.wall().toNanos() / 1e9));
        if (!grade.schedulerLine().isEmpty()) {
            out.println("  " + grade.exerciseId() + " " + grade.schedulerLine());
        }
        if (!grade.verdict().passed()) {
            notPassed.add(grade);
        } else if (!grade.message().isEmpty()) {
            notes.add(grade);
        }
    }

    @Override
    public void exerciseFinished(ExerciseResult result) {
        if (result.hasPattern()) {
            out.println("  " + result.id() + " " + result.pattern());
        }
    }

    @Override
    public void gradingFinished(GradingResult result) {
        out.printf(Locale.ROOT, row, "total", "", "", result.allPassed() ? "PASS" : "",
            points(result.score()) + "/" + points(result.maxScore()), "");
        messages("Feedback:", notPassed.stream().filter(g -> g.verdict().failed()).toList());
        // A passing run may still have something to learn from, such as a large serial part.
        messages("Notes (passed):", notes);
        if (!result.integrityLines().isEmpty()) {
            out.println();
            out.println("Integrity (what the programs tried that the sandbox denies or the course forbids):");
            result.integrityLines().forEach(line -> out.println("  " + line));
        }
        List<RunGrade> unjudged = notPassed.stream().filter(g -> !g.verdict().failed()).toList();
        if (!unjudged.isEmpty()) {
            // What the machine could not show is no fault of the student's: one line each, after the faults.
            out.println();
            out.println("Not judged on this machine (no failure, no points):");
            unjudged.forEach(g -> out.println("  " + g.exerciseId() + " at " + g.np() + (g.np() == 1 ? " rank: "
                : " ranks: ") + reason(g.message())));
        }
    }

    /** The runs' messages under a heading; one that reads the same at several rank counts is said once. */
    private void messages(String heading, List<RunGrade> runs) {
        if (runs.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        runs.stream().map(RunGrade::message).distinct().forEach(message -> {
            out.println();
            out.println(message);
        });
    }

    /** An inconclusive row's reason: its message after the run's description and "... inconclusive: ". */
    private static String reason(String message) {
        int at = message.indexOf("inconclusive: ");
        return at < 0 ? message : message.substring(at + "inconclusive: ".length());
    }

    static String points(double points) {
        return points == Math.rint(points) ? Long.toString((long) points)
            : String.format(Locale.ROOT, "%.2f", points);
    }
}
