package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.launch.WildcardMatch;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.spec.Matchings;
import org.mpjgrader.spec.Matchings.Schedule;

/**
 * How the runs under the explored schedules make the grade: a schedule under which the program fails is named; one
 * whose run the grader or the machine spoilt ({@code NOT_GRADED}) counts neither for nor against the program.
 */
class MatchingExplorationTest {
    private static final RunContext P2P = new RunContext("p2p", 3, List.of());
    private static final String WRONG_ORDER = "p2p at 3 ranks: rank 0 printed process 2 before process 1";
    /** Rank 0's first wildcard receive could take rank 1's or rank 2's message. */
    private static final List<Integer> BOTH = List.of(1, 2);

    private static final RunGrade PASSED = P2P.grade(Verdict.PASS, "", 4, 4,
        List.of(CheckResult.pass("lines in order", 4)), Duration.ofMillis(300));
    private static final RunGrade FAILED = P2P.grade(Verdict.FAIL, WRONG_ORDER, 0, 4,
        List.of(CheckResult.fail("lines in order", 4, WRONG_ORDER)), Duration.ofMillis(300));
    private static final RunGrade NOT_GRADED = P2P.grade(Verdict.NOT_GRADED, "p2p at 3 ranks: not graded: the "
        + "grader's runner failed in the program's JVM, in a fresh JVM too: a fault of the grader, not of the program",
        0, 4, List.of(), Duration.ZERO);

    private static MatchingExploration.Explored ran(RunGrade grade, int chosen) {
        return new MatchingExploration.Explored(grade,
            List.of(new WildcardMatch(0, 0, 11, BOTH, chosen, "PointToPoint.java:17")));
    }

    private static MatchingExploration.Explored notGraded() {
        return new MatchingExploration.Explored(NOT_GRADED, List.of());
    }

    /** {@code grade} as the exploration gives it: with how many schedules were graded, and the other runs' seconds. */
    private static RunGrade explored(RunGrade grade, int schedules, double otherRunsSeconds) {
        return grade.withMeasurements(Map.of(Measurement.MATCHINGS_EXPLORED, (double) schedules,
            Measurement.EXPLORED_SECONDS, otherRunsSeconds));
    }

    @Test
    void aScheduleTheMachineSpoiltDoesNotFailAProgramThatPassesUnderTheOthers() {
        RunGrade grade = MatchingExploration.worst(P2P, PASSED,
            List.of(notGraded(), ran(PASSED, 2), ran(PASSED, 2)));

        assertThat(grade).isEqualTo(explored(PASSED, 2, 0.6));
    }

    @Test
    void whereNoScheduleWasGradedTheRunKeepsItsOwnGrade() {
        assertThat(MatchingExploration.worst(P2P, PASSED, List.of(notGraded(), notGraded(), notGraded())))
            .isEqualTo(explored(PASSED, 0, 0));
        assertThat(MatchingExploration.worst(P2P, FAILED, List.of(notGraded(), notGraded(), notGraded())))
            .isEqualTo(explored(FAILED, 0, 0));
    }

    @Test
    void aProgramThatPassesUnderEveryScheduleKeepsItsOwnGrade() {
        assertThat(MatchingExploration.worst(P2P, PASSED, List.of(ran(PASSED, 1), ran(PASSED, 2), ran(PASSED, 2))))
            .isEqualTo(explored(PASSED, 3, 0.6));
    }

    @Test
    void aRaceIsStillNamedBesideASpoiltSchedule() {
        RunGrade grade = MatchingExploration.worst(P2P, PASSED,
            List.of(notGraded(), ran(FAILED, 2), ran(PASSED, 1)));

        assertThat(grade.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(grade.measurements()).containsEntry(Measurement.MATCHINGS_EXPLORED, 2.0);
        assertThat(grade.message()).isEqualTo("p2p at 3 ranks: rank 0 receives from any rank at PointToPoint.java:17; "
            + "when rank 2's message is matched before rank 1's, the run fails:\n"
            + "    " + WRONG_ORDER + "\n"
            + "  hint: receive from each source in turn (a Recv from rank 1, then from rank 2, ...), or keep each "
            + "message under status.source and use them in rank order: MPI may match a wildcard receive with any "
            + "sender's message");
    }

    @Test
    void aFailureUnderEveryGradedScheduleIsTheProgramsWhateverTheMatching() {
        // The spoilt schedule does not make the failure look as if it depended on the matching.
        RunGrade grade = MatchingExploration.worst(P2P, PASSED,
            List.of(notGraded(), ran(FAILED, 2), ran(FAILED, 1)));

        assertThat(grade).isEqualTo(explored(FAILED, 2, 0.6));
    }

    @Test
    void aNotGradedScheduleIsNoFailureOfTheProgram() {
        assertThat(MatchingExploration.fails(NOT_GRADED)).isFalse();
        assertThat(MatchingExploration.fails(FAILED)).isTrue();
    }

    @Test
    void theSchedulesAreTheExercisesInTheirOrderWithTheGradingsSeed() {
        assertThat(MatchingExploration.schedules(Matchings.DEFAULT, 5))
            .containsExactly("lowest", "highest", "random:5");
        assertThat(MatchingExploration.schedules(new Matchings(List.of(Schedule.RANDOM, Schedule.LOWEST)), 5))
            .containsExactly("random:5", "lowest");
        assertThat(MatchingExploration.schedules(Matchings.NONE, 5)).isEmpty();
    }

    @Test
    void oneScheduleGradesTheRunAlone() {
        assertThat(MatchingExploration.worst(P2P, PASSED, List.of(ran(PASSED, 2)))).isEqualTo(explored(PASSED, 1, 0));
        // No other matching to compare with: the failure is the run's, as it is, with no race named.
        assertThat(MatchingExploration.worst(P2P, PASSED, List.of(ran(FAILED, 2)))).isEqualTo(explored(FAILED, 1, 0));
        assertThat(MatchingExploration.worst(P2P, PASSED, List.of(notGraded()))).isEqualTo(explored(PASSED, 0, 0));
    }

    @Test
    void twoSchedulesNameTheRaceAsThreeDo() {
        RunGrade grade = MatchingExploration.worst(P2P, PASSED, List.of(ran(PASSED, 1), ran(FAILED, 2)));

        assertThat(grade.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(grade.measurements()).containsEntry(Measurement.MATCHINGS_EXPLORED, 2.0);
        assertThat(grade.message()).startsWith("p2p at 3 ranks: rank 0 receives from any rank at PointToPoint.java:17; "
            + "when rank 2's message is matched before rank 1's, the run fails:");
    }

    @Test
    void withoutSchedulesTheRunIsNotExploredAndRecordsNone() {
        assertThat(MatchingExploration.worst(P2P, PASSED, List.of())).isEqualTo(PASSED);
        assertThat(MatchingExploration.worst(P2P, FAILED, List.of()).measurements())
            .doesNotContainKey(Measurement.MATCHINGS_EXPLORED);
    }

    @Test
    void aPollMadeToFindNothingIsNamedWithTheMessagesItPassedOver() {
        MatchingExploration.Explored polled = new MatchingExploration.Explored(FAILED,
            List.of(new WildcardMatch(0, 0, 1, BOTH, WildcardMatch.NOTHING, "PointToPoint.java:15", "Iprobe")));

        RunGrade grade = MatchingExploration.worst(P2P, PASSED, List.of(ran(PASSED, 1), polled));

        assertThat(grade.message()).isEqualTo("p2p at 3 ranks: rank 0 polls (Iprobe) at PointToPoint.java:15; when "
            + "the poll finds no message though rank 1's and rank 2's are pending, the run fails:\n"
            + "    " + WRONG_ORDER + "\n"
            + "  hint: Iprobe may find no message though one was sent (MPI only promises that polling again finds it): "
            + "a rank that needs the message waits for it with Recv or Probe");
    }

    @Test
    void aProbeFromAnyRankIsNamedAsTheProbe() {
        MatchingExploration.Explored probed = new MatchingExploration.Explored(FAILED,
            List.of(new WildcardMatch(0, 0, 1, BOTH, 2, "PointToPoint.java:15", "Probe")));

        assertThat(MatchingExploration.worst(P2P, PASSED, List.of(ran(PASSED, 1), probed)).message())
            .startsWith("p2p at 3 ranks: rank 0 probes (Probe) for any rank's message at PointToPoint.java:15; when "
                + "rank 2's message is found before rank 1's, the run fails:");
    }
}
