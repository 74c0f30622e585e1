package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/** Lesson 09 graded end to end: visible and hidden inputs, expected values from the reference solution. */
class RootSumGradingTest {
    private static final long SEED = 7;

    @TempDir
    Path temp;

    private GradeRun grade(Path submission, long seed) throws Exception {
        return GradeRun.of(temp.resolve("result.json"), submission.toString(), "--only", "rootsum",
            "--time-limit", "5", "--no-parallel-runs", "--seed", Long.toString(seed));
    }

    private GradeRun gradeFixture(String name) throws Exception {
        return grade(TestCourse.submission(name), SEED);
    }

    @Test
    void theReferenceGetsFullMarksOnVisibleAndHiddenInputsWithTwoSeeds() throws Exception {
        for (long seed : new long[] {SEED, 8}) {
            GradeRun run = grade(TestCourse.root().resolve("solutions"), seed);

            assertThat(run.exitCode()).isZero();
            assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).hasSize(8).containsOnly("PASS");
            assertThat(run.json().get("score").asDouble()).isEqualTo(16.0);
        }
    }

    @Test
    void theSameSeedDrawsTheSameHiddenInputsAndAnotherSeedOthers() throws Exception {
        GradeRun first = grade(TestCourse.root().resolve("solutions"), SEED);
        GradeRun again = grade(TestCourse.root().resolve("solutions"), SEED);
        GradeRun other = grade(TestCourse.root().resolve("solutions"), SEED + 1);

        assertThat(hiddenArguments(again)).isEqualTo(hiddenArguments(first));
        assertThat(hiddenArguments(other)).isNotEqualTo(hiddenArguments(first));
        assertThat(first.json().get("seed").asLong()).isEqualTo(SEED);
    }

    private static String hiddenArguments(GradeRun run) {
        StringBuilder args = new StringBuilder();
        run.exercise("rootsum").get("runs").forEach(r -> {
            if (r.get("visibility").asText().equals("hidden")) {
                args.append(r.get("arguments")).append(';');
            }
        });
        return args.toString();
    }

    @Test
    void anAllreduceVersionPasses() throws Exception {
        assertThat(gradeFixture("rootsum-correct-allreduce").verdicts("rootsum")).containsOnly("PASS");
    }

    @Test
    void aMainClassThatIsNotPublicRunsAsJavaRunsItWithFullMarks() throws Exception {
        GradeRun run = gradeFixture("rootsum-correct-package-private");

        assertThat(run.exitCode()).isZero();
        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).hasSize(8).containsOnly("PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(16.0);
    }

    @Test
    void aPoolNeverShutDownFailsTheProgramEndsAndKeepsTheOtherChecksPoints() throws Exception {
        GradeRun run = gradeFixture("rootsum-pool-not-shut-down");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).hasSize(8).containsOnly("FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(8 * 2 * 0.75);
        assertThat(run.message("rootsum", 1)).isEqualTo(
            "rootsum at 1 rank, arguments 1234567: rank 0 left 1 thread running after main returned: "
                + "pool-1-thread-1, started at RootSum.java:26\n"
                + "  hint: shut the pool down (executor.shutdown()) or make the thread a daemon before main returns");
        assertThat(run.message("rootsum", 2)).matches(
            "rootsum at 2 ranks, arguments 1234567: rank 0 left 1 thread running after main returned: "
                + "pool-\\d-thread-1, started at RootSum.java:26\n"
                + "  rank 1 left 1 thread running after main returned: pool-\\d-thread-1, started at RootSum.java:26\n"
                + "  hint: shut the pool down \\(executor.shutdown\\(\\)\\) or make the thread a daemon before main returns");
    }

    @Test
    void aPoolShutDownWhileItsLastTaskRunsPasses() throws Exception {
        GradeRun run = gradeFixture("rootsum-pool-shut-down");

        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).hasSize(8).containsOnly("PASS");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aBlockSplitGetsTheTotalButNotThePartialSumsAndIsToldWhy() throws Exception {
        GradeRun run = gradeFixture("rootsum-block-split");

        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).containsExactly("PASS", "FAIL", "FAIL", "FAIL", "PASS", "FAIL", "FAIL", "FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(2 * 2 + 6 * 1.25); // total and Bcast/Reduce kept
        assertThat(run.message("rootsum", 2).lines().toList()).startsWith(
            "rootsum at 2 ranks, arguments 1234567: rank 0 has the wrong partial sum",
            "  expected: \"The partial sum of rank 0 is 4.5724686984779924E8\"");
        assertThat(run.message("rootsum", 2)).endsWith("  hint: the partial sums add up to the right total, but they "
            + "are not the cyclic split: rank R sums i = R, R+N, R+2N, ... (N = 2)");
    }

    @Test
    void aHiddenInputsValuesAppearInNoMessageButTheJsonsArguments() throws Exception {
        GradeRun run = gradeFixture("rootsum-block-split");

        JsonNode hiddenAtTwo = run.exercise("rootsum").get("runs").get(5);
        String m = hiddenAtTwo.get("arguments").get(0).asText();
        assertThat(hiddenAtTwo.get("visibility").asText()).isEqualTo("hidden");
        assertThat(hiddenAtTwo.get("message").asText())
            .startsWith("rootsum at 2 ranks, on a hidden input: rank 0 has the wrong partial sum");
        assertThat(run.out()).contains("rootsum at 2 ranks, on a hidden input: ").doesNotContain("arguments " + m);
    }

    @Test
    void leavingOutTheLastTermIsCaughtWithAHint() throws Exception {
        GradeRun run = gradeFixture("rootsum-off-by-one");

        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).containsOnly("FAIL");
        assertThat(run.message("rootsum", 1)).startsWith(
            "rootsum at 1 rank, arguments 1234567: the total is wrong (tolerance: relative 1e-9)\n"
                + "  expected: \"The total sum is 9.144942956312065E8\"\n"
                + "  but was:  \"The total sum is 9.144931845205009E8\"\n"
                + "  first difference in a number: expected 9.144942956312065E8 but was 9.144931845205009E8, smaller by "
                + "1.11e+03 (relative 1.22e-06)\n"
                + "  hint: the difference is sqrt(m): is the loop's last term (i = m) missing?");
    }

    @Test
    void aBlockSplitThatDropsTheTermsLeftOverIsToldWhichTermsAreMissing() throws Exception {
        GradeRun run = gradeFixture("rootsum-block-split-drops-leftovers");

        // m + 1 = 1234568 leaves 2 terms over at 3 ranks, none at 2 or 4 (where only the partial sums are wrong).
        assertThat(run.message("rootsum", 3)).startsWith(
            "rootsum at 3 ranks, arguments 1234567: the total is wrong (tolerance: relative 1e-9)\n"
                + "  expected: \"The total sum is 9.144942956311716E8\"\n"
                + "  but was:  \"The total sum is 9.144920734102144E8\"\n"
                + "  first difference in a number: expected 9.144942956311716E8 but was 9.144920734102144E8, smaller by "
                + "2.22e+03 (relative 2.43e-06)\n"
                + "  hint: the difference is the sum of sqrt(i) for the last 2 terms (i = m-1 .. m), those left over "
                + "when the m+1 terms are cut into 3 equal blocks; the cyclic split (rank R takes i = R, R+N, ...) leaves "
                + "none out");
        assertThat(run.message("rootsum", 2)).startsWith("rootsum at 2 ranks, arguments 1234567: ")
            .doesNotContain("total is wrong");
    }

    @Test
    void aMemorisedTotalPassesTheVisibleInputAndFailsEveryHiddenOne() throws Exception {
        GradeRun run = gradeFixture("rootsum-hardcoded");

        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).containsExactly("PASS", "FAIL", "FAIL", "FAIL", "FAIL", "FAIL", "FAIL", "FAIL");
        assertThat(run.message("rootsum", 2)).isEqualTo(
            "rootsum at 2 ranks, arguments 1234567: the program does not use what the lesson teaches\n"
                + "  expected: every rank calls Reduce or Allreduce\n"
                + "  but was:  ranks 0, 1 called no Reduce or Allreduce (their MPI calls: Bcast)\n"
                + "  hint: rank 0 broadcasts m to every rank with Bcast, and Reduce adds the partial sums up at rank 0");
    }

    @Test
    void rightOutputWithoutTheBroadcastLosesTheTaughtCallsQuarter() throws Exception {
        GradeRun run = gradeFixture("rootsum-no-bcast");

        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).containsExactly("PASS", "FAIL", "FAIL", "FAIL", "PASS", "FAIL", "FAIL", "FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(2 * 2 + 6 * 1.5);
        assertThat(run.message("rootsum", 3)).isEqualTo(
            "rootsum at 3 ranks, arguments 1234567: the program does not use what the lesson teaches\n"
                + "  expected: every rank calls Bcast\n"
                + "  but was:  ranks 0, 1, 2 called no Bcast (their MPI calls: Reduce)\n"
                + "  hint: rank 0 broadcasts m to every rank with Bcast, and Reduce adds the partial sums up at rank 0");
    }

    @Test
    void theSkeletonIsNotImplemented() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("exercises"), SEED);

        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).containsOnly("NOT_IMPLEMENTED");
    }
}
