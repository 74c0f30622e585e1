package org.mpjgrader.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingEnvironment;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** Grading results made up by hand for the reports' tests: no MPI, only the records. */
final class Results {
    static final GradingEnvironment ENVIRONMENT =
        new GradingEnvironment("1.2.3", "17.0.9+9", "0.44", 8, "files and network (bubblewrap)");
    static final Instant GRADED_AT = Instant.parse("2026-03-01T10:15:30Z");

    private Results() {
    }

    static GradingResult result(ExerciseResult... exercises) {
        return new GradingResult("alice", 42L, ENVIRONMENT, GRADED_AT, List.of(exercises));
    }

    static ExerciseResult exercise(String id, String title, RunGrade... runs) {
        return new ExerciseResult(id, title, List.of(runs));
    }

    static RunGrade passed(String exercise, int np, Visibility visibility, String... arguments) {
        return new RunGrade(exercise, np, List.of(arguments), visibility, Verdict.PASS, "", 1, 1,
            List.of(CheckResult.pass("output", 1)), Duration.ofMillis(1250));
    }

    /** A wall-clock speedup row the machine could not judge: no points, the reason as its message. */
    static RunGrade inconclusive(String exercise, int np, String reason, String... arguments) {
        return new RunGrade(exercise, np, List.of(arguments), Visibility.WALL, Verdict.INCONCLUSIVE, reason, 0, 0,
            List.of(new CheckResult("wall-clock speedup", 0, 0, false, reason)), Duration.ZERO);
    }

    static RunGrade failed(String exercise, int np, Visibility visibility, Verdict verdict, String message,
                           String... arguments) {
        return new RunGrade(exercise, np, List.of(arguments), visibility, verdict, message, 0, 1,
            List.of(CheckResult.fail("output", 1, message)), Duration.ofMillis(500));
    }
}
