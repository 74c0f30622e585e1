package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;
import org.mpjgrader.check.ExerciseVerdicts;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.check.kind.LinesKind;
import org.mpjgrader.launch.RankOutcome;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunLimits;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.TestRuns;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/**
 * Lesson 08 graded end to end: rank 0's lines in rank order, known from N alone (no reference). At 1 rank nothing
 * is expected, so a run there that prints nothing passes when the exercise's other runs show an attempt.
 */
class P2pGradingTest {
    @TempDir
    Path temp;

    private GradeRun grade(Path submission) throws Exception {
        return GradeRun.of(temp.resolve("result.json"), submission.toString(), "--only", "p2p",
            "--time-limit", "3", "--seed", "1");
    }

    private GradeRun gradeFixture(String name) throws Exception {
        return grade(TestCourse.submission(name));
    }

    @Test
    void theReferenceSolutionGetsFullMarksAtEveryRankCountOneIncluded() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("solutions"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.verdicts("p2p")).as(run.runs("p2p")).containsExactly("PASS", "PASS", "PASS", "PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(4.0);
        assertThat(run.message("p2p", 1)).isEmpty();
    }

    @Test
    void theUntouchedSkeletonIsNotImplementedAtEveryRankCountOneIncluded() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("exercises"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.verdicts("p2p")).as(run.runs("p2p")).containsExactly("NOT_IMPLEMENTED", "NOT_IMPLEMENTED", "NOT_IMPLEMENTED",
            "NOT_IMPLEMENTED");
        assertThat(run.json().get("score").asDouble()).isZero();
        assertThat(run.message("p2p", 1)).isEqualTo(
            "p2p: no rank printed the lines this exercise is graded on (rank 0 prints "
                + "\"Received from process R : sq = S\" for R = 1 .. N-1)\n"
                + "  complete the TODOs in p2p/PointToPoint.java (the task is in exercises/tasks/p2p.md)");
    }

    @Test
    void correctAlternativesPass() throws Exception {
        for (String fixture : List.of("p2p-correct-sendrecv", "p2p-correct-irecv", "p2p-correct-anysource-sorted")) {
            assertThat(gradeFixture(fixture).verdicts("p2p")).as(fixture).containsOnly("PASS");
        }
    }

    @Test
    void printingInArrivalOrderFailsWithTheRaceNamedInEveryGrading() throws Exception {
        for (int grading = 0; grading < 3; grading++) {
            GradeRun run = gradeFixture("p2p-anysource-arrival-order");

            assertThat(run.verdicts("p2p")).as("grading %d", grading).containsExactly("PASS", "PASS", "FAIL", "FAIL");
            assertThat(run.message("p2p", 3)).as("grading %d", grading).isEqualTo(
                "p2p at 3 ranks: rank 0 receives from any rank at PointToPoint.java:17; when rank 2's message is "
                    + "matched before rank 1's, the run fails:\n"
                    + "    p2p at 3 ranks: rank 0 printed process 2 before process 1\n"
                    + "      expected: lines for processes 1, 2 in that order\n"
                    + "      but was:  lines for processes 2, 1\n"
                    + "      hint: receive from each rank in turn, source R, not ANY_SOURCE (or keep the values and "
                    + "print them in rank order at the end)");
        }
    }

    @Test
    void aDeadlockUnderOneMatchingIsFoundInEveryGradingWithTheMatchingNamed() throws Exception {
        for (int grading = 0; grading < 3; grading++) {
            GradeRun run = gradeFixture("p2p-deadlock-when-last-first");

            assertThat(run.verdicts("p2p")).as("grading %d", grading)
                .containsExactly("PASS", "PASS", "DEADLOCK", "DEADLOCK");
            assertThat(run.message("p2p", 3)).as("grading %d", grading).isEqualTo(
                "p2p at 3 ranks: rank 0 receives from any rank at PointToPoint.java:16; when rank 2's message is "
                    + "matched before rank 1's, the run deadlocks:\n"
                    + "    p2p at 3 ranks: deadlock: every rank that had not ended waited in an MPI call, and none "
                    + "could go on\n"
                    + "      rank 0 waits in Recv from rank 2 (tag 11) at PointToPoint.java:19\n"
                    + "      rank 1 waits in Send to rank 0 (tag 11) at PointToPoint.java:13\n"
                    + "      rank 2 waits in Finalize at PointToPoint.java:23\n"
                    + "      rank 0 waits for rank 2, which has gone on to Finalize: no matching call is coming\n"
                    + "  hint: receive from each source in turn (a Recv from rank 1, then from rank 2, ...), or keep "
                    + "each message under status.source and use them in rank order: MPI may match a wildcard receive "
                    + "with any sender's message");
        }
    }

    @Test
    void receivingInReverseOrderFailsWhereThereAreTwoLinesToOrder() throws Exception {
        GradeRun run = gradeFixture("p2p-wrong-order");

        assertThat(run.verdicts("p2p")).as(run.runs("p2p")).containsExactly("PASS", "PASS", "FAIL", "FAIL");
        assertThat(run.message("p2p", 3)).isEqualTo(
            "p2p at 3 ranks: rank 0 printed process 2 before process 1\n"
                + "  expected: lines for processes 1, 2 in that order\n"
                + "  but was:  lines for processes 2, 1\n"
                + "  hint: receive from each rank in turn, source R, not ANY_SOURCE (or keep the values and print "
                + "them in rank order at the end)");
    }

    @Test
    void anExclusiveOrForASquareIsCaughtWithAHint() throws Exception {
        GradeRun run = gradeFixture("p2p-xor-square");

        assertThat(run.verdicts("p2p")).as(run.runs("p2p")).containsExactly("PASS", "FAIL", "FAIL", "FAIL");
        assertThat(run.message("p2p", 3)).isEqualTo(
            "p2p at 3 ranks: rank 0 received the wrong value from process 1\n"
                + "  expected: \"Received from process 1 : sq = 1\"\n"
                + "  but was:  \"Received from process 1 : sq = 3\"\n"
                + "  first difference at column 32: expected '1' but was '3'\n"
                + "  also rank 0 received the wrong value from process 2 (\"Received from process 2 : sq = 0\")\n"
                + "  hint: R ^ 2 is exclusive or in Java, not a power: the square is R * R");
    }

    @Test
    void memorisedLinesPassOnlyAtTheRankCountTheyWereCopiedFrom() throws Exception {
        GradeRun run = gradeFixture("p2p-hardcoded");

        assertThat(run.verdicts("p2p")).as(run.runs("p2p")).containsOnly("FAIL");
        // At 4 ranks the lines are right, but no rank sent anything.
        assertThat(run.message("p2p", 4)).isEqualTo(
            "p2p at 4 ranks: the program does not use what the lesson teaches\n"
                + "  expected: every rank R > 0 sends to rank 0 with Send (or another point-to-point send)\n"
                + "  but was:  ranks 1, 2, 3 sent nothing to rank 0 (no MPI call at all)\n"
                + "  hint: send each square to rank 0 with MPI.COMM_WORLD.Send and receive it there with Recv");
        assertThat(run.message("p2p", 1)).isEqualTo(
            "p2p at 1 rank: rank 0 printed a line for process 1, but the run has rank 0 alone\n"
                + "  expected: no line\n"
                + "  but was:  lines for processes 1, 2, 3\n"
                + "  hint: receive from sources 1 to size-1, with the size MPI.COMM_WORLD.Size() returns");
        assertThat(run.message("p2p", 2)).startsWith(
            "p2p at 2 ranks: rank 0 printed a line for process 2, but the run has ranks 0 to 1\n"
                + "  expected: a line for process 1\n"
                + "  but was:  lines for processes 1, 2, 3\n");
    }

    @Test
    void aWrongSpacingShowsTheFirstDifferenceAndTheRunWithNothingToPrintPasses() throws Exception {
        GradeRun run = gradeFixture("p2p-wrong-format");

        assertThat(run.verdicts("p2p")).as(run.runs("p2p")).containsExactly("PASS", "FAIL", "FAIL", "FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1 + 3 * 0.25); // it sends: the taught quarter
        assertThat(run.message("p2p", 2)).isEqualTo(
            "p2p at 2 ranks: rank 0 printed a line that is not in the expected form\n"
                + "  expected: \"Received from process 1 : sq = 1\"\n"
                + "  but was:  \"Received from process 1: sq=1\"\n"
                + "  first difference at column 24: expected ' ' but was ':'\n"
                + "  hint: print exactly \"Received from process R : sq = S\", with a space either side of ':' "
                + "and of '='");
    }

    @Test
    void aReceiveLoopOneShortLeavesTheLastSenderWaiting() throws Exception {
        GradeRun run = gradeFixture("p2p-missing-last");

        assertThat(run.verdicts("p2p")).as(run.runs("p2p")).containsExactly("PASS", "DEADLOCK", "DEADLOCK", "DEADLOCK");
        assertThat(run.message("p2p", 3)).isEqualTo("p2p at 3 ranks: deadlock: every rank that had not ended waited "
            + "in an MPI call, and none could go on\n"
            + "  rank 0 waits in Finalize at PointToPoint.java:21\n"
            + "  rank 1 waits in Finalize at PointToPoint.java:21\n"
            + "  rank 2 waits in Send to rank 0 (tag 11) at PointToPoint.java:19\n"
            + "  rank 2 waits for rank 0, which has gone on to Finalize: no matching call is coming");
    }

    @Test
    void hangsAndCrashesAreTheirVerdictsAndTheOneRankRunStillPasses() throws Exception {
        assertThat(gradeFixture("p2p-deadlock").verdicts("p2p")).containsExactly("PASS", "DEADLOCK", "DEADLOCK",
            "DEADLOCK");
        assertThat(gradeFixture("p2p-crash-rank").verdicts("p2p")).containsExactly("PASS", "PASS", "CRASH", "CRASH");
    }

    @Test
    void theContractsLinesWithAnotherTagPassOnOutput() throws Exception {
        assertThat(gradeFixture("p2p-tag-zero").verdicts("p2p")).containsOnly("PASS");
    }

    // The check alone, on outputs no fixture produces.

    @Test
    void aLineMissingInTheMiddleIsNamed() {
        CheckResult result = check(List.of(
            "Received from process 1 : sq = 1", "Received from process 3 : sq = 9"), List.of(), List.of(), List.of());

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).isEqualTo("p2p at 4 ranks: rank 0 printed no line for process 2\n"
            + "  expected: \"Received from process 2 : sq = 4\"\n"
            + "  but was:  nothing");
    }

    @Test
    void aLineTwiceAndALineOnAnotherRankAreNamed() {
        CheckResult result = check(List.of("Received from process 1 : sq = 1", "Received from process 1 : sq = 1"),
            List.of("Received from process 1 : sq = 1"));

        assertThat(result.message()).isEqualTo("p2p at 2 ranks: rank 0 printed process 1's line 2 times\n"
            + "  expected: \"Received from process 1 : sq = 1\"\n"
            + "  but was:  \"Received from process 1 : sq = 1\"\n"
            + "  also rank 1 printed a line of its own (\"Received from process 1 : sq = 1\")\n"
            + "  hint: one line for each rank, once\n"
            + "  hint: only rank 0 prints, one line for each value it receives");
    }

    @Test
    void manyProblemsAreCountedBeyondTheFirstFew() {
        List<String> rank0 = IntStream.range(1, 8).mapToObj(r -> "Received from process " + r + " : sq = " + 2 * r)
            .toList();
        List<List<String>> stdout = new java.util.ArrayList<>(List.of(rank0));
        IntStream.range(1, 8).forEach(r -> stdout.add(List.of()));

        CheckResult result = check(stdout.toArray(List[]::new));

        assertThat(result.message()).startsWith("p2p at 8 ranks: rank 0 received the wrong value from process 1\n")
            // 2 * 2 is the square of 2: six values are wrong.
            .contains("  also rank 0 received the wrong value from process 5 (\"Received from process 5 : sq = 10\")\n"
                + "  and 2 more problems\n"
                + "  hint: rank R sends R * R");
    }

    @Test
    void remarksBesideTheContractsLinesAreNoWrongLines() {
        CheckResult result = check(List.of("Received from process 1 : sq = 1", "Received from process 2 : sq = 4",
            "Received all squares."), List.of("rank 1 sends sq = 1"), List.of());

        assertThat(result.passed()).isTrue();
    }

    @Test
    void atOneRankNothingIsExpectedAndNothingPrintedIsNoAttempt() {
        RunResult silent = result(List.of(List.of("some other line")));

        assertThat(p2p().check(new RunContext("p2p", 1, List.of()), silent, ReferenceOutput.none(), 1))
            .containsExactly(CheckResult.pass("rank 0's lines in rank order", 1));
        assertThat(p2p().attempted(silent)).isFalse();
        assertThat(p2p().needsReference()).isFalse();
    }

    @Test
    void aRunTheMachineFailedIsNoAttemptThatTurnsTheSkeletonsSilentRunsIntoPassesOrFailures() {
        CheckResult silentAtOne = CheckResult.pass("rank 0's lines in rank order", 1);
        CheckResult silentAtTwo = CheckResult.fail("rank 0's lines in rank order", 1, "rank 0 printed no line");
        List<RunGrade> skeleton = List.of(
            grade(1, Verdict.NOT_IMPLEMENTED, silentAtOne), grade(2, Verdict.NOT_GRADED, silentAtTwo),
            grade(3, Verdict.NOT_IMPLEMENTED, silentAtTwo));

        assertThat(ExerciseVerdicts.settle(skeleton)).extracting(RunGrade::verdict)
            .containsExactly(Verdict.NOT_IMPLEMENTED, Verdict.NOT_GRADED, Verdict.NOT_IMPLEMENTED);

        List<RunGrade> attempted = List.of(grade(1, Verdict.NOT_IMPLEMENTED, silentAtOne),
            grade(2, Verdict.DEADLOCK), grade(3, Verdict.NOT_IMPLEMENTED, silentAtTwo));
        List<RunGrade> settled = ExerciseVerdicts.settle(attempted);
        assertThat(settled).extracting(RunGrade::verdict)
            .containsExactly(Verdict.PASS, Verdict.DEADLOCK, Verdict.FAIL);
        assertThat(settled.get(0).points()).isEqualTo(1.0);
        assertThat(settled.get(2).message()).isEqualTo("rank 0 printed no line");
    }

    /** The package's output check ({@code kind: lines}, the first of course/p2p/exercise.yaml's checks) alone. */
    private static OutputCheck p2p() {
        try {
            return (OutputCheck) new LinesKind().create(new ObjectMapper(new YAMLFactory())
                .readTree(TestCourse.root().resolve("course/p2p/exercise.yaml").toFile()).get("checks").get(0), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunGrade grade(int np, Verdict verdict, CheckResult... checks) {
        return new RunGrade("p2p", np, List.of(), Visibility.VISIBLE, verdict, "", 0, 1, List.of(checks),
            Duration.ZERO);
    }

    @SafeVarargs
    private static CheckResult check(List<String>... stdout) {
        RunResult result = result(List.of(stdout));
        List<CheckResult> checks = p2p().check(new RunContext("p2p", stdout.length, List.of()), result,
            ReferenceOutput.none(), 1);
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }

    /** A run in which every rank ended normally after printing {@code stdout}. */
    static RunResult result(List<List<String>> stdout) {
        int np = stdout.size();
        List<RankOutput> ranks = IntStream.range(0, np).mapToObj(r -> new RankOutput(r, stdout.get(r), List.of(),
            new RankOutcome(RankOutcome.Kind.FINISHED, "", "", List.of(), null), Duration.ZERO)).toList();
        RunRequest request = new RunRequest(Path.of("classes"), "p2p.PointToPoint", np, List.of(), RunLimits.DEFAULT);
        return TestRuns.completed(request, ranks, List.of(), Map.of());
    }
}
