package org.mpjgrader.check;

import java.util.List;
import java.util.stream.Collectors;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;

/**
 * Settles the verdicts of one exercise's runs together. A run that printed none of the graded lines is
 * {@code NOT_IMPLEMENTED} only when no run of the exercise printed any: a program that greets at 2 ranks but
 * not at 1 is unfinished at 1 rank in no sense a student would recognise, so that run is a {@code FAIL}
 * with its checks' messages, or a {@code PASS} where printing nothing was right (point-to-point at 1 rank).
 * A {@code NOT_GRADED} run (the machine's fault) shows nothing of the program, so it is no attempt; nor is an
 * {@code INCONCLUSIVE} one (a wall-clock speedup the machine could not show, judged without looking at the output).
 */
public final class ExerciseVerdicts {
    private ExerciseVerdicts() {
    }

    public static List<RunGrade> settle(List<RunGrade> runs) {
        boolean anyAttempt = runs.stream()
            .anyMatch(r -> r.verdict() != Verdict.NOT_IMPLEMENTED && r.verdict() != Verdict.NOT_GRADED
                && r.verdict() != Verdict.INCONCLUSIVE);
        if (!anyAttempt) {
            return runs;
        }
        return runs.stream().map(r -> r.verdict() == Verdict.NOT_IMPLEMENTED && !r.checks().isEmpty()
            ? asFailure(r) : r).toList();
    }

    private static RunGrade asFailure(RunGrade run) {
        String message = run.checks().stream().filter(c -> !c.passed()).map(CheckResult::message)
            .collect(Collectors.joining("\n"));
        boolean passed = run.checks().stream().allMatch(CheckResult::passed);
        return new RunGrade(run.exerciseId(), run.np(), run.arguments(), run.visibility(),
            passed ? Verdict.PASS : Verdict.FAIL, message,
            run.checks().stream().mapToDouble(CheckResult::points).sum(),
            run.maxPoints(), run.checks(), run.wall());
    }
}
