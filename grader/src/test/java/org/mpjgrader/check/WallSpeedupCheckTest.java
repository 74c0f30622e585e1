package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The wall-clock speedup's rules, in their order, over given times: no run, no machine. */
class WallSpeedupCheckTest {
    private static final RunContext AT_FOUR = new RunContext("rootsum", 4, List.of("60000000"), Visibility.WALL);
    private static final RunContext AT_TWO = new RunContext("rootsum", 2, List.of("60000000"), Visibility.WALL);
    private static final List<Double> REFERENCE_ONE = List.of(2.00, 2.02, 1.98, 2.01, 1.99);
    private static final List<Double> REFERENCE_FOUR = List.of(0.60, 0.61, 0.59, 0.60, 0.62);
    private static final double MODELLED = 3.9;
    private static final Duration WALL = Duration.ofSeconds(12);

    @Test
    void moreRanksThanCoresCannotBeTimed() {
        assertThat(WallSpeedupCheck.tooFewCores(4, 2)).hasValue("this machine has 2 cores, so 4 ranks cannot run "
            + "at once and wall time cannot show their speedup (the modelled speedup grades the work spread)");
        assertThat(WallSpeedupCheck.tooFewCores(2, 1)).hasValueSatisfying(
            reason -> assertThat(reason).startsWith("this machine has 1 core, so 2 ranks"));
        assertThat(WallSpeedupCheck.tooFewCores(2, 2)).isEmpty();
    }

    @Test
    void anInconclusiveRowCarriesNoPointsAndItsReasonOnOneLine() {
        RunGrade row = WallSpeedupCheck.inconclusive(AT_FOUR, "the run at 4 ranks on this input did not pass its "
            + "output checks");

        assertThat(row.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(row.message()).isEqualTo("rootsum at 4 ranks, arguments 60000000: wall-clock speedup "
            + "inconclusive: the run at 4 ranks on this input did not pass its output checks");
        assertThat(row.maxPoints()).isZero();
        assertThat(row.checks()).extracting(CheckResult::name).containsExactly("wall-clock speedup");
    }

    @Test
    void aSeriesSpreadTooWideIsInconclusiveAndNamed() {
        WallTimes times = WallTimes.of(4, REFERENCE_ONE, REFERENCE_FOUR, REFERENCE_ONE,
            List.of(1.0, 1.0, 1.4, 1.4, 1.8));

        RunGrade row = WallSpeedupCheck.judge(AT_FOUR, times, MODELLED, WALL);

        assertThat(row.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(row.message()).isEqualTo("rootsum at 4 ranks, arguments 60000000: wall-clock speedup "
            + "inconclusive: the times of your runs at 4 ranks spread over 29% of their median (1.000 to 1.400 s), "
            + "more than 25%: other work on the machine disturbed the rounds");
        assertThat(row.measurements()).containsKeys(Measurement.WALL_SPEEDUP, Measurement.REFERENCE_WALL_SPEEDUP);
    }

    @Test
    void oneDisturbedRoundOfFiveDoesNotVoidTheRow() {
        WallTimes times = WallTimes.of(4, REFERENCE_ONE, REFERENCE_FOUR, REFERENCE_ONE,
            List.of(1.0, 1.0, 1.9, 1.0, 1.02));

        assertThat(times.studentN().spread()).isCloseTo(0.02, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aReferenceBelowItsControlShowsTheMachineDidNotGiveTheRanksTheirCores() {
        WallTimes times = WallTimes.of(4, REFERENCE_ONE, List.of(1.0, 1.01, 0.99, 1.0, 1.02), REFERENCE_ONE,
            List.of(1.0, 1.01, 0.99, 1.0, 1.02));

        RunGrade row = WallSpeedupCheck.judge(AT_FOUR, times, MODELLED, WALL);

        assertThat(row.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(row.message()).isEqualTo("rootsum at 4 ranks, arguments 60000000: wall-clock speedup "
            + "inconclusive: the machine did not give the ranks their cores: the reference solution itself reached "
            + "only a wall-clock speedup of 2.00 where 2.34 was due (60% of 3.90, the lesser of 4 ranks and its "
            + "modelled speedup)");
    }

    @Test
    void atTwoRanksTheReferenceMustLeaveRoomToTellAParallelProgramFromASerialOne() {
        List<Double> atTwo = List.of(1.5, 1.5, 1.5, 1.5, 1.5);
        WallTimes times = WallTimes.of(2, REFERENCE_ONE, atTwo, REFERENCE_ONE, atTwo);

        RunGrade row = WallSpeedupCheck.judge(AT_TWO, times, 1.98, WALL);

        assertThat(row.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(row.message()).isEqualTo("rootsum at 2 ranks, arguments 60000000: wall-clock speedup "
            + "inconclusive: the machine did not give the ranks their cores: the reference solution itself reached "
            + "only a wall-clock speedup of 1.33 where 1.50 was due (so that 80% of it tells a parallel program from "
            + "a serial one)");
    }

    @Test
    void aStudentBelowEightyPercentOfTheReferenceIsMeasuredNotFailed() {
        WallTimes times = WallTimes.of(4, REFERENCE_ONE, REFERENCE_FOUR, List.of(2.10, 2.05, 2.08, 2.12, 2.10),
            List.of(1.50, 1.52, 1.49, 1.51, 1.50));

        RunGrade row = WallSpeedupCheck.judge(AT_FOUR, times, MODELLED, WALL);

        assertThat(row.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(row.message()).isEqualTo("""
            rootsum at 4 ranks, arguments 60000000: wall-clock speedup inconclusive: measured, not graded: your \
            wall-clock speedup was 1.40 (median 2.100 s at 1 rank, 1.500 s at 4 ranks), the reference's 3.33 (2.000 s \
            and 0.600 s), timed in 5 rounds in turns on this machine; wall time moves with the machine's load, so the \
            modelled speedup grades the work""");
        assertThat(row.points()).isZero();
        assertThat(row.maxPoints()).isZero();
        assertThat(row.wall()).isEqualTo(WALL);
        assertThat(row.measurements()).containsEntry(Measurement.WALL_ONE_RANK_SECONDS, 2.10)
            .containsEntry(Measurement.WALL_N_RANKS_SECONDS, 1.50)
            .containsEntry(Measurement.REFERENCE_WALL_ONE_RANK_SECONDS, 2.00)
            .containsEntry(Measurement.REFERENCE_WALL_N_RANKS_SECONDS, 0.60);
        assertThat(row.measurements().get(Measurement.WALL_SPEEDUP)).isCloseTo(1.4, within());
        assertThat(row.measurements().get(Measurement.REFERENCE_WALL_SPEEDUP)).isCloseTo(3.3333, within());
    }

    @Test
    void aStudentAboveEightyPercentOfTheReferencePasses() {
        WallTimes times = WallTimes.of(4, REFERENCE_ONE, REFERENCE_FOUR, REFERENCE_ONE,
            List.of(0.74, 0.73, 0.74, 0.75, 0.74));

        RunGrade row = WallSpeedupCheck.judge(AT_FOUR, times, MODELLED, WALL);

        assertThat(row.verdict()).isEqualTo(Verdict.PASS);
        assertThat(row.message()).isEmpty();
        assertThat(row.checks()).containsExactly(CheckResult.pass("wall-clock speedup", 0));
    }

    @Test
    void aWallRowNeverFailsItsExerciseWhateverItMeasured() {
        RunGrade output = AT_FOUR.grade(Verdict.PASS, "", 2, 2, List.of(), Duration.ZERO);
        RunGrade inconclusive = WallSpeedupCheck.inconclusive(AT_FOUR, "why");
        RunGrade serial = WallSpeedupCheck.judge(AT_FOUR, WallTimes.of(4, REFERENCE_ONE, REFERENCE_FOUR,
            REFERENCE_ONE, REFERENCE_ONE), MODELLED, WALL);

        assertThat(new ExerciseResult("rootsum", "09", List.of(output, inconclusive)).verdict())
            .isEqualTo(Verdict.PASS);
        assertThat(serial.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(new ExerciseResult("rootsum", "09", List.of(output, inconclusive, serial)).verdict())
            .isEqualTo(Verdict.PASS);
        assertThat(new ExerciseResult("rootsum", "09", List.of(output, serial)).score()).isEqualTo(2);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-3);
    }
}
