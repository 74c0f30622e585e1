package org.mpjgrader.grading;

import course.checks.MatMulCheck;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.result.CheckResult;

/**
 * Lesson 13 graded end to end, both versions (they share {@link MatMulCheck}): the checksum and the trace-like
 * sum against the reference solution's, on the visible 301 x 500 x 400 product and on seeded hidden ones whose
 * n1 no rank count divides.
 */
@Order(3) // among the longest classes: started early, so that it does not run on alone at the end
class MatMulGradingTest {
    private static final long SEED = 7;
    private static final String MATMUL = "matmul";
    private static final String DISTRIBUTED = "matmul-distributed";

    @TempDir
    Path temp;

    private GradeRun grade(Path submission, String exercise, boolean hidden) throws Exception {
        List<String> args = new ArrayList<>(List.of(submission.toString(), "--only", exercise,
            "--time-limit", "10", "--no-parallel-runs", "--seed", Long.toString(SEED)));
        if (!hidden) {
            args.add("--visible-only");
        }
        return GradeRun.of(temp.resolve("result.json"), args.toArray(String[]::new));
    }

    private GradeRun gradeFixture(String name, boolean hidden) throws Exception {
        return grade(TestCourse.submission(name), name.startsWith(DISTRIBUTED) ? DISTRIBUTED : MATMUL,
            hidden);
    }

    /** The message of the hidden run of {@code id} at {@code np} ranks. */
    private static String hiddenMessage(GradeRun run, String id, int np) {
        for (JsonNode r : run.exercise(id).get("runs")) {
            if (r.get("np").asInt() == np && r.get("visibility").asText().equals("hidden")) {
                return r.get("message").asText();
            }
        }
        throw new AssertionError("no hidden run of " + id + " at " + np + " ranks");
    }

    @Test
    void theReferenceSolutionsGetFullMarksOnVisibleAndHiddenInputs() throws Exception {
        GradeRun run = GradeRun.of(temp.resolve("result.json"), TestCourse.root().resolve("solutions").toString(),
            "--only", MATMUL + "," + DISTRIBUTED, "--time-limit", "10", "--no-parallel-runs", "--seed", Long.toString(SEED));

        assertThat(run.exitCode()).isZero();
        assertThat(run.verdicts(MATMUL)).as(run.runs(MATMUL)).hasSize(8).containsOnly("PASS");
        assertThat(run.verdicts(DISTRIBUTED)).as(run.runs(DISTRIBUTED)).hasSize(8).containsOnly("PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(32.0);
        run.exercise(MATMUL).get("runs").forEach(r -> assertThat(r.get("checks")).extracting(c -> c.get("name")
            .asText()).containsExactly("checksum", "trace-like sum"));
    }

    @Test
    void theUntouchedSkeletonsAreNotImplemented() throws Exception {
        GradeRun run = GradeRun.of(temp.resolve("result.json"), TestCourse.root().resolve("exercises").toString(),
            "--only", MATMUL + "," + DISTRIBUTED, "--time-limit", "10", "--no-parallel-runs", "--seed", "1", "--visible-only");

        assertThat(run.verdicts(MATMUL)).as(run.runs(MATMUL)).containsOnly("NOT_IMPLEMENTED");
        assertThat(run.verdicts(DISTRIBUTED)).as(run.runs(DISTRIBUTED)).containsOnly("NOT_IMPLEMENTED");
        assertThat(run.message(DISTRIBUTED, 2)).isEqualTo("matmul-distributed: no rank printed the lines this "
            + "exercise is graded on (rank 0 prints \"Checksum: S\" and \"Trace-like: T\")\n"
            + "  complete the TODOs in matmul/MatMulDistributed.java (the task is in "
            + "exercises/tasks/matmul-distributed.md)");
    }

    @Test
    void correctAlternativesPassOnEveryInput() throws Exception {
        for (String fixture : List.of("matmul-correct-2d", "matmul-correct-allreduce",
            "matmul-distributed-correct-alt", "matmul-distributed-correct-blockformula")) {
            GradeRun run = gradeFixture(fixture, true);
            assertThat(run.verdicts(fixture.startsWith(DISTRIBUTED) ? DISTRIBUTED : MATMUL))
                .as(fixture + "\n" + run.out()).hasSize(8).containsOnly("PASS");
        }
    }

    @Test
    void programsWhoseFaultTheOutputCannotShowPass() throws Exception {
        assertThat(gradeFixture("matmul-uneven-blocks", false).verdicts(MATMUL)).containsOnly("PASS");
    }

    @Test
    void broadcastingAllOfAInsteadOfScatteringItFailsTheTaughtCallsCheck() throws Exception {
        GradeRun run = gradeFixture("matmul-distributed-bcast-all", false);

        assertThat(run.verdicts(DISTRIBUTED)).as(run.runs(DISTRIBUTED)).containsExactly("PASS", "FAIL", "FAIL", "FAIL");
        assertThat(run.message(DISTRIBUTED, 2)).isEqualTo(
            "matmul-distributed at 2 ranks, arguments 301 500 400: the program does not use what the lesson teaches\n"
                + "  expected: every rank calls Scatterv or Scatter\n"
                + "  but was:  ranks 0, 1 called no Scatterv or Scatter (their MPI calls: Bcast, Gatherv)\n"
                + "  expected: no rank but 0 receives all of A, only its block of rows\n"
                + "  but was:  rank 1 received all of A (1.2 MB) in Bcast\n"
                + "  hint: rank 0 scatters A's rows with Scatterv and gathers C's with Gatherv");
    }

    @Test
    void aRemainderBugFailsWhereTheRankCountDoesNotDivideTheRowsAndSaysHowManyRowsAreMissing() throws Exception {
        GradeRun run = gradeFixture("matmul-remainder-bug", false);

        assertThat(run.verdicts(MATMUL)).as(run.runs(MATMUL)).containsExactly("PASS", "FAIL", "FAIL", "FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(2.0);
        assertThat(run.message(MATMUL, 3)).isEqualTo(
            "matmul at 3 ranks, arguments 301 500 400: the checksum is wrong (tolerance: relative 1e-9)\n"
                + "  expected: \"Checksum: 120400.00000000001\"\n"
                + "  but was:  \"Checksum: 120000.00000000001\"\n"
                + "  first difference in a number: expected 120400.00000000001 but was 120000.00000000001, smaller by "
                + "400 (relative 0.00332)\n"
                + "  hint: the checksum misses about 1 row of C, as many as n1 % N = 301 % 3: give the first n1 % N "
                + "ranks one row more (a split of n1 / N rows for every rank fails only where N does not divide "
                + "n1 = 301)\n"
                + "matmul at 3 ranks, arguments 301 500 400: the trace-like sum is wrong (tolerance: relative 1e-9)\n"
                + "  expected: \"Trace-like: 301.00000000000006\"\n"
                + "  but was:  \"Trace-like: 300.00000000000006\"\n"
                + "  first difference in a number: expected 301.00000000000006 but was 300.00000000000006, smaller by "
                + "1.00 (relative 0.00332)");
    }

    @Test
    void theDistributedRemainderBugIsCaughtOnSeededHiddenInputsToo() throws Exception {
        GradeRun run = gradeFixture("matmul-distributed-remainder-bug", true);

        assertThat(run.verdicts(DISTRIBUTED)).as(run.runs(DISTRIBUTED)).containsExactly("PASS", "FAIL", "FAIL", "FAIL",
            "PASS", "FAIL", "FAIL", "FAIL");
        assertThat(hiddenMessage(run, DISTRIBUTED, 3)).contains("hint: the checksum misses about 1 row of C, as "
            + "many as n1 % N = 175 % 3");
    }

    @Test
    void anInnerLoopOneShortIsNamed() throws Exception {
        GradeRun run = gradeFixture("matmul-off-by-one", false);

        assertThat(run.verdicts(MATMUL)).as(run.runs(MATMUL)).containsOnly("FAIL");
        assertThat(run.message(MATMUL, 1)).contains("  but was:  \"Checksum: 120159.20000035102\"\n"
            + "  first difference in a number: expected 120400.00000000001 but was 120159.20000035102, smaller by 241 "
            + "(relative 0.00200)\n"
            + "  hint: every element of C seems to miss one of its n2 = 500 terms: does the inner loop run over "
            + "every k from 0 to n2 - 1?\n");
    }

    @Test
    void theOrdinaryTraceIsRightOnlyWhereThereAreNoMoreRowsThanColumns() throws Exception {
        GradeRun run = gradeFixture("matmul-wrong-trace", true);

        // The visible 301 x 400 C and the hidden one at 4 ranks (217 x 242) have n1 <= n3.
        assertThat(run.verdicts(MATMUL)).as(run.runs(MATMUL)).containsExactly("PASS", "PASS", "PASS", "PASS",
            "FAIL", "FAIL", "FAIL", "PASS");
        assertThat(hiddenMessage(run, MATMUL, 3)).startsWith("matmul at 3 ranks, on a hidden input: "
            + "the trace-like sum is wrong (tolerance: relative 1e-9)\n").endsWith("\n  hint: the checksum is right, "
            + "so C probably is: the trace-like sum adds C[i][i mod n3] over all n1 = 275 rows, going round to column "
            + "0 after column n3 - 1 = 102, not the ordinary trace over min(n1, n3) rows");
        assertThat(run.json().get("score").asDouble()).isEqualTo(13.0);
    }

    @Test
    void valuesMemorisedForUnseededMatricesFailTheSeededHiddenRuns() throws Exception {
        GradeRun run = gradeFixture("matmul-hardcoded", true);

        assertThat(run.verdicts(MATMUL)).as(run.runs(MATMUL)).containsExactly("PASS", "PASS", "PASS", "PASS",
            "FAIL", "FAIL", "FAIL", "FAIL");
        assertThat(hiddenMessage(run, MATMUL, 1)).contains("  hint: n1 * n3 and n1 are the values without a seed "
            + "(every element of C is 1); with the seed argument, A and then B are filled from new Random(seed)");
    }

    @Test
    void aWrongWordingFailsBothChecks() throws Exception {
        GradeRun run = gradeFixture("matmul-wrong-format", false);

        assertThat(run.verdicts(MATMUL)).as(run.runs(MATMUL)).containsOnly("FAIL");
        assertThat(run.message(MATMUL, 1)).isEqualTo(
            "matmul at 1 rank, arguments 301 500 400: rank 0 printed no checksum in the expected form\n"
                + "  expected: \"Checksum: 120400.00000000001\"\n"
                + "  but was:  \"Checksum = 120400.00000000001\"\n"
                + "  first difference at column 9: expected ':' but was ' '\n"
                + "matmul at 1 rank, arguments 301 500 400: rank 0 printed no trace-like sum in the expected form\n"
                + "  expected: \"Trace-like: 301.00000000000006\"\n"
                + "  but was:  \"Trace = 301.00000000000006\"\n"
                + "  first difference at column 6: expected '-' but was ' '");
    }

    @Test
    void rowsOfCThatNeverReachRankZeroAreNamed() throws Exception {
        for (String fixture : List.of("matmul-distributed-no-bcast-b", "matmul-distributed-wrong-displs")) {
            GradeRun run = gradeFixture(fixture, false);

            assertThat(run.verdicts(DISTRIBUTED)).as(fixture).containsExactly("PASS", "FAIL", "FAIL", "FAIL");
            assertThat(run.message(DISTRIBUTED, 4)).as(fixture).contains("  hint: only rank 0's rows of C seem to be "
                + "there, the others are 0: do the other ranks get their rows of A and all of B (Scatterv, Bcast), "
                + "and do their rows of C land in their places on rank 0 (displacements count elements, not rows)?");
        }
    }

    @Test
    void mpjExpressWarningAboutTheCountsIsShownWithTheCrashItLeadsTo() throws Exception {
        GradeRun run = gradeFixture("matmul-distributed-short-recv", false);

        assertThat(run.message(DISTRIBUTED, 2)).isEqualTo("matmul-distributed at 2 ranks, arguments 301 500 400: "
            + "rank 0 threw java.lang.ArrayIndexOutOfBoundsException: Index 75000 out of bounds for length 75000 at "
            + "MatMulDistributed.java:55\n"
            + "  then rank 1 waits in Gatherv (root 0) at MatMulDistributed.java:66\n"
            + "  MPJ Express printed \"scount shuld be equal to recvcount\" at rank 0: the counts a collective call "
            + "sends and receives do not match, and MPJ carried on anyway");
        assertThat(run.message(DISTRIBUTED, 1)).isEmpty();
    }

    @Test
    void crashesAndHangsAreTheirVerdicts() throws Exception {
        assertThat(gradeFixture("matmul-crash-rank", false).verdicts(MATMUL))
            .containsExactly("PASS", "PASS", "CRASH", "CRASH");
        assertThat(gradeFixture("matmul-reduce-short-buffer", false).verdicts(MATMUL))
            .containsExactly("PASS", "CRASH", "CRASH", "CRASH");
        assertThat(gradeFixture("matmul-no-bcast-b", false).verdicts(MATMUL))
            .containsExactly("PASS", "DEADLOCK", "DEADLOCK", "DEADLOCK");
        assertThat(gradeFixture("matmul-distributed-short-recv", false).verdicts(DISTRIBUTED))
            .containsExactly("PASS", "CRASH", "CRASH", "CRASH");
        assertThat(gradeFixture("matmul-distributed-off-by-one", false).verdicts(DISTRIBUTED))
            .containsOnly("CRASH");
        assertThat(gradeFixture("matmul-distributed-deadlock", false).verdicts(DISTRIBUTED))
            .containsExactly("PASS", "DEADLOCK", "DEADLOCK", "DEADLOCK");
    }

    // The check alone, on outputs no fixture produces. Reference: 301 x 500 x 400 unseeded at 2 ranks.

    private static final List<String> REFERENCE = List.of("Checksum: 120400.00000000001",
        "Trace-like: 301.00000000000006", "Initialisation time: 0.01 s");

    @SafeVarargs
    private static List<CheckResult> check(List<String>... stdout) {
        return checkWith(REFERENCE, List.of("301", "500", "400"), stdout);
    }

    @SafeVarargs
    private static List<CheckResult> checkWith(List<String> reference, List<String> arguments,
                                               List<String>... stdout) {
        return new MatMulCheck().check(new RunContext(MATMUL, stdout.length, arguments),
            P2pGradingTest.result(List.of(stdout)), new ReferenceOutput(List.of(reference, List.of()), Map.of()), 2);
    }

    @Test
    void anotherOrderOfAdditionPassesWithinTheToleranceAndALargerDifferenceFails() {
        // 8e-10 and 7e-10 relative: within the tolerance.
        assertThat(check(List.of("Checksum: 120400.0001", "Trace-like: 301.0000002"), List.of()))
            .allMatch(CheckResult::passed);
        // 2e-9 and 3e-9 relative: more than reordering gives, though no row or term is missing.
        List<CheckResult> off = check(List.of("Checksum: 120400.00024", "Trace-like: 301.000001"), List.of());
        assertThat(off).noneMatch(CheckResult::passed);
        assertThat(off.get(0).points()).isZero();
        assertThat(off.get(0).maxPoints()).isEqualTo(1.0);
    }

    @Test
    void aRightTraceWithAWrongChecksumIsPointedOut() {
        List<CheckResult> checks = check(List.of("Checksum: 119350.0", "Trace-like: 301.00000000000006"),
            List.of());

        assertThat(checks.get(1).passed()).isTrue();
        assertThat(checks.get(0).message()).endsWith("  hint: the trace-like sum is right, so every row's element "
            + "C[i][i mod n3] is: look at the other elements, and at how the checksum adds up all n1 * n3 of them");
    }

    @Test
    void rowsCountedTwiceAndMissingColumnsAreNamed() {
        assertThat(check(List.of("Checksum: 121200.0", "Trace-like: 301.00000000000006"), List.of()).get(0)
            .message()).contains("hint: the checksum has about 2 rows of C too many");
        assertThat(check(List.of("Checksum: 119798.0", "Trace-like: 301.00000000000006"), List.of()).get(0)
            .message()).contains("hint: the checksum misses about 2 columns of C");
    }

    @Test
    void rowsMissingForAnotherReasonAreNamedAndANotANumberIsWrong() {
        assertThat(check(List.of("Checksum: 119200.0", "Trace-like: 298.0"), List.of()).get(0).message())
            .endsWith("  hint: the checksum misses about 3 rows of C: does every row 0 .. n1-1 belong to exactly one "
                + "rank's block?");
        List<CheckResult> nan = check(List.of("Checksum: NaN", "Trace-like: -Infinity"), List.of());
        assertThat(nan).noneMatch(CheckResult::passed);
        assertThat(nan.get(0).message()).contains("  but was:  \"Checksum: NaN\"");
    }

    @Test
    void aReferenceWithoutTheContractsLinesIsTheGradersFault() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checkWith(List.of("Checksum = 1"), List.of(),
            List.of("Checksum: 1", "Trace-like: 1"))).isInstanceOf(IllegalStateException.class)
            .hasMessage("the reference solution's rank 0 printed no checksum");
    }

    @Test
    void aValueRoundedWhenPrintedIsToldToPrintEveryDigit() {
        assertThat(check(List.of("Checksum: 120400.00000000001", "Trace-like: 301.0000000"), List.of()))
            .allMatch(CheckResult::passed);
        CheckResult trace = check(List.of("Checksum: 120400.00000000001", "Trace-like: 301.0"), List.of()).get(1);
        assertThat(trace.passed()).isTrue();
        CheckResult rounded = checkWith(List.of("Checksum: 3114407.4222048935", "Trace-like: 18129.98494529456"),
            List.of("245", "298", "172", "888343"), List.of("Checksum: 3114407.42", "Trace-like: 18129.98"),
            List.of()).get(1);
        assertThat(rounded.passed()).isFalse();
        assertThat(rounded.message()).endsWith("  hint: the trace-like sum is right to the digits printed, but "
            + "rounded: print the double with Java's default formatting (\"Trace-like: \" + value), which keeps every "
            + "digit");
    }

    @Test
    void theResultsPrintedTwiceOrByAnotherRankFail() {
        List<CheckResult> twice = check(List.of("Checksum: 120400.00000000001", "Checksum: 120400.00000000001",
            "Trace-like: 301.00000000000006"), List.of());
        assertThat(twice.get(0).message()).startsWith("matmul at 2 ranks, arguments 301 500 400: rank 0 printed the "
            + "checksum 2 times\n");
        assertThat(twice.get(1).passed()).isTrue();

        List<CheckResult> elsewhere = check(List.of(), List.of("Checksum: 120400.00000000001",
            "Trace-like: 301.00000000000006"));
        assertThat(elsewhere.get(0).message()).isEqualTo(
            "matmul at 2 ranks, arguments 301 500 400: rank 0 printed no checksum\n"
                + "  expected: \"Checksum: 120400.00000000001\"\n"
                + "  but was:  nothing\n"
                + "  hint: rank 1 printed it: only rank 0, the root that collects C, prints the results");
    }
}
