package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.spec.ParallelRuns;

/**
 * The wall-clock speedup rows graded end to end, with real MPJ Express runs: rootsum's parallel input at 2 ranks
 * (which a 2-core machine can time) and at 4 (which it cannot), on a machine told it has 2 cores.
 */
class WallSpeedupGradingTest {
    private static final int CORES = 2;
    private static final ExerciseSpec ROOTSUM = Course.standard().find("rootsum").orElseThrow()
        .withParallelRuns(new ParallelRuns(List.of("60000000"), List.of(1, 2, 4), true));

    @TempDir
    Path temp;

    private ExerciseResult grade(Path submission) {
        GradingSession session = new GradingSession(TestCourse.root(), Clock.systemUTC(), "test")
            .withWallClock(WallClockSettings.alone(WallClockSettings.DEFAULT_ROUNDS, CORES));
        try (SubmissionGrader grader = session.open(temp.resolve("scratch"), CORES + 1)) {
            GradingResult result = grader.grade(submission, List.of(ROOTSUM), 3, true, new GradingListener() { });
            return result.exercises().get(0);
        }
    }

    private static RunGrade wallRow(ExerciseResult exercise, int np) {
        return exercise.runs().stream().filter(r -> r.visibility() == Visibility.WALL && r.np() == np).findFirst()
            .orElseThrow(() -> new AssertionError("no wall-clock row at " + np + " ranks in " + exercise));
    }

    @Test
    void theReferenceIsNeverFailedAndMoreRanksThanCoresAreInconclusiveWithoutARun() {
        ExerciseResult exercise = grade(TestCourse.root().resolve("solutions"));
        RunGrade atTwo = wallRow(exercise, 2);
        RunGrade atFour = wallRow(exercise, 4);

        // Other work on a shared machine may leave it inconclusive; the reference never fails against itself.
        assertThat(atTwo.verdict()).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
        assertThat(atTwo.message()).satisfiesAnyOf(message -> assertThat(message).isEmpty(), message -> assertThat(
            message).startsWith("rootsum at 2 ranks, arguments 60000000: wall-clock speedup inconclusive: "));
        assertThat(atTwo.maxPoints()).isZero();
        assertThat(atFour.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(atFour.message()).isEqualTo("rootsum at 4 ranks, arguments 60000000: wall-clock speedup "
            + "inconclusive: this machine has 2 cores, so 4 ranks cannot run at once and wall time cannot show their "
            + "speedup (the modelled speedup grades the work spread)");
        assertThat(atFour.measurements()).isEmpty();
        assertThat(exercise.verdict()).isEqualTo(Verdict.PASS);
        assertThat(exercise.score()).isEqualTo(exercise.maxScore());
    }

    @Test
    void rankZeroDoingAllTheWorkIsMeasuredNeverPassedAndFailedByTheModelledSpeedupAlone() {
        ExerciseResult exercise = grade(TestCourse.resource("submissions/rootsum-root-does-all"));
        RunGrade atTwo = wallRow(exercise, 2);

        // Its wall speedup is about 1: the row shows it, as a measurement; the work clock fails the parallel runs.
        assertThat(atTwo.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(atTwo.message()).satisfiesAnyOf(
            message -> assertThat(message).contains("inconclusive: measured, not graded: your wall-clock speedup was"),
            message -> assertThat(message).contains("inconclusive: the machine did not give the ranks their cores"),
            message -> assertThat(message).contains("other work on the machine disturbed the rounds"));
        assertThat(atTwo.measurements()).containsKeys(Measurement.WALL_SPEEDUP, Measurement.REFERENCE_WALL_SPEEDUP);
        assertThat(exercise.runs().stream().filter(r -> r.visibility() == Visibility.PARALLEL && r.np() > 1))
            .extracting(RunGrade::verdict).containsOnly(Verdict.FAIL);
    }
}
