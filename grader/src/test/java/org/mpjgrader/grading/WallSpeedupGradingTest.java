package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.OptionalDouble;
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
        return grade(submission, WallClockSettings.alone(WallClockSettings.DEFAULT_ROUNDS, CORES));
    }

    private ExerciseResult grade(Path submission, WallClockSettings settings) {
        GradingSession session = new GradingSession(TestCourse.root(), Clock.systemUTC(), "test")
            .withWallClock(settings);
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
        // Timed whatever else runs on the machine, for as long as it takes (the test's subject is the judging of the
        // rounds, not the look or the budget).
        ExerciseResult exercise = grade(TestCourse.submission("rootsum-root-does-all"),
            WallClockSettings.alone(WallClockSettings.DEFAULT_ROUNDS, CORES).withOtherWork(OtherWork.UNKNOWN)
                .withRowBudget(Duration.ofMinutes(5)));
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

    @Test
    void otherProgramsKeepingTheCoresBusySkipTheRowBeforeAnyTimedRunSayingHowBusy() {
        WallClockSettings busy = WallClockSettings.alone(WallClockSettings.DEFAULT_ROUNDS, CORES)
            .withOtherWork(() -> OptionalDouble.of(1.94));
        RunGrade atTwo = wallRow(grade(TestCourse.root().resolve("solutions"), busy), 2);

        assertThat(atTwo.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(atTwo.message()).isEqualTo("rootsum at 2 ranks, arguments 60000000: wall-clock speedup "
            + "inconclusive: other programs kept 1.9 of this machine's 2 cores busy when the row was due, so wall time "
            + "would measure the machine, not the program (the modelled speedup grades the work spread)");
        assertThat(atTwo.measurements()).isEmpty();
        assertThat(atTwo.wall()).isZero();
    }

    @Test
    void realProgramsBusyOnEveryCoreAreSeenAndTheRowIsNotTimed() throws Exception {
        List<Process> hogs = new ArrayList<>();
        try {
            for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
                hogs.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
            }
            RunGrade atTwo = wallRow(grade(TestCourse.root().resolve("solutions"),
                WallClockSettings.alone(WallClockSettings.DEFAULT_ROUNDS, CORES)), 2);

            assertThat(atTwo.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(atTwo.message()).matches("rootsum at 2 ranks, arguments 60000000: wall-clock speedup "
                + "inconclusive: other programs kept \\d+\\.\\d of this machine's 2 cores busy when the row was due, .*");
            assertThat(atTwo.wall()).isZero();
        } finally {
            hogs.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void aRowWhoseRunsOutlastItsBudgetStopsAndIsNotJudgedOnTooFewRounds() {
        WallClockSettings tight = WallClockSettings.alone(WallClockSettings.DEFAULT_ROUNDS, CORES)
            .withOtherWork(OtherWork.UNKNOWN).withRowBudget(Duration.ofMillis(1));
        RunGrade atTwo = wallRow(grade(TestCourse.root().resolve("solutions"), tight), 2);

        // The first run already spends the budget: the row stops after it, with no round whole.
        assertThat(atTwo.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(atTwo.message()).isEqualTo("rootsum at 2 ranks, arguments 60000000: wall-clock speedup "
            + "inconclusive: the timed runs reached the 0.001 s a row may take with 0 rounds done, too few to judge: "
            + "this machine is too slow or too busy to time this input");
        assertThat(atTwo.measurements()).isEmpty();
    }

    @Test
    void aTimedRunThatCrashesNamesTheCrashAsTheReasonTheRowIsNotJudged() {
        ExerciseResult exercise = grade(TestCourse.submission("rootsum-aborts-alone"),
            WallClockSettings.alone(WallClockSettings.DEFAULT_ROUNDS, CORES).withOtherWork(OtherWork.UNKNOWN));
        RunGrade atTwo = wallRow(exercise, 2);

        assertThat(atTwo.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(atTwo.message()).isEqualTo("rootsum at 2 ranks, arguments 60000000: wall-clock speedup "
            + "inconclusive: your program at 1 rank did not end normally on this input (rank 0 threw "
            + "java.lang.ArithmeticException: / by zero at RootSum.java:31), so there is no time to compare");
    }
}
