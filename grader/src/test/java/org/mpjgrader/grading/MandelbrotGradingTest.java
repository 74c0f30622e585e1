package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * Lesson 10 graded end to end: the checksum and the PGM image of the visible 200 x 200 input and of hidden inputs
 * whose row counts no rank count divides, against the reference solution's, for the reference, the skeleton and
 * every fixture submission. Runs are listed visible first, each at 1, 2, 3 and 4 ranks; the hidden inputs of seed 7
 * have 121, 187, 211 and 179 rows.
 */
class MandelbrotGradingTest {
    private static final long SEED = 7;
    private static final String VISIBLE = "mandelbrot at %s, arguments 200 200 -1.5 0.5 -1.0 1.0 1000 image.pgm: ";

    @TempDir
    Path temp;

    private GradeRun grade(Path submission, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(submission.toString(), "--only", "mandelbrot",
            "--time-limit", "5", "--no-parallel-runs", "--seed", Long.toString(SEED)));
        args.addAll(List.of(more));
        return GradeRun.of(temp.resolve("result.json"), args.toArray(String[]::new));
    }

    private GradeRun gradeFixture(String name) throws Exception {
        return grade(TestCourse.submission(name));
    }

    /** For what does not depend on the input: the visible runs alone, at 1, 2, 3 and 4 ranks. */
    private GradeRun gradeFixtureVisibly(String name) throws Exception {
        return grade(TestCourse.submission(name), "--visible-only");
    }

    private static String visible(int np) {
        return String.format(VISIBLE, np == 1 ? "1 rank" : np + " ranks");
    }

    @Test
    void theReferenceGetsFullMarksOnVisibleAndHiddenInputs() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("solutions"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.verdicts("mandelbrot")).as(run.runs("mandelbrot")).hasSize(8).containsOnly("PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(16.0);
    }

    @Test
    void correctAlternativesPass() throws Exception {
        for (String fixture : new String[] {"mandelbrot-correct-gather", "mandelbrot-correct-reduce",
            "mandelbrot-correct-rowwise", "mandelbrot-correct-sendrecv-alt"}) {
            assertThat(gradeFixture(fixture).verdicts("mandelbrot")).as(fixture).hasSize(8).containsOnly("PASS");
        }
    }

    @Test
    void aBlockSplitPassesOnOutputAlone() throws Exception {
        assertThat(gradeFixture("mandelbrot-block-split").verdicts("mandelbrot")).hasSize(8).containsOnly("PASS");
    }

    @Test
    void equivalentArithmeticThatRoundsDifferentlyPasses() throws Exception {
        // Precomputed steps: at 200 x 200 three scattered pixels differ and the checksum moves by 340 (2.2e-5).
        GradeRun run = gradeFixture("mandelbrot-equivalent-arithmetic");

        assertThat(run.verdicts("mandelbrot")).as(run.runs("mandelbrot")).hasSize(8).containsOnly("PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(16.0);
    }

    @Test
    void theRowsLeftOverByARemainderAreNamedWhereTheRankCountDoesNotDivideTheRows() throws Exception {
        GradeRun run = gradeFixture("mandelbrot-remainder-bug");

        assertThat(run.verdicts("mandelbrot")).as(run.runs("mandelbrot"))
            .containsExactly("PASS", "PASS", "FAIL", "PASS", "PASS", "FAIL", "FAIL", "FAIL");
        assertThat(run.message("mandelbrot", 3)).isEqualTo(visible(3) + "the checksum is wrong\n"
            + "  expected: \"Checksum: 15383188\"\n"
            + "  but was:  \"Checksum: 15381339\"\n"
            + "  first difference at column 15: expected '3' but was '1'\n"
            + "  it is 1849 less than the reference's; rounding moves it within -40..40\n"
            + visible(3) + "rows 198, 199 of the image differ from the reference's (40 of their 400 pixels)\n"
            + "  they are 0 throughout\n"
            + "  first difference: row 198, column 130: expected 2 but was 0\n"
            + "  hint: rows 198, 199 are the last 2 rows, left over when 3 ranks do not divide 200 rows: are they "
            + "computed and sent?");
        String pattern = "fails when the rank count does not divide ni: with ni = 200, passes at 1, 2, 4 ranks, "
            + "fails at 3 ranks; on hidden inputs, passes at 1 rank, fails at 2, 3, 4 ranks";
        assertThat(run.exercise("mandelbrot").get("pattern").asText()).isEqualTo(pattern);
        assertThat(run.out()).contains("\n  mandelbrot " + pattern + "\n");
    }

    @Test
    void aBufferTooSmallForTheLeftOverRowsCrashes() throws Exception {
        assertThat(gradeFixture("mandelbrot-crash-remainder").verdicts("mandelbrot"))
            .containsExactly("PASS", "PASS", "CRASH", "PASS", "PASS", "CRASH", "CRASH", "CRASH");
    }

    @Test
    void aMissingLastRowFailsBothChecksThoughTheChecksumMovesByOnly6e5() throws Exception {
        GradeRun run = gradeFixture("mandelbrot-missing-last-row");

        assertThat(run.verdicts("mandelbrot")).as(run.runs("mandelbrot")).hasSize(8).containsOnly("FAIL");
        assertThat(run.json().get("score").asDouble()).isZero();
        assertThat(run.message("mandelbrot", 1)).isEqualTo(visible(1) + "the checksum is wrong\n"
            + "  expected: \"Checksum: 15383188\"\n"
            + "  but was:  \"Checksum: 15382259\"\n"
            + "  first difference at column 15: expected '3' but was '2'\n"
            + "  it is 929 less than the reference's; rounding moves it within -40..40\n"
            + visible(1) + "row 199 of the image differs from the reference's (20 of its 200 pixels)\n"
            + "  it is 0 throughout\n"
            + "  first difference: row 199, column 131: expected 2 but was 0\n"
            + "  hint: row 199 is the last row: does a loop over the rows stop one short?");
    }

    @Test
    void aRowDroppedAtThePicturesEdgeIsMissingThoughItsGreyLevelsAreWithinTheTolerance() throws Exception {
        // (ni - r) / size rows per rank: at seed 1 the hidden input at 2 ranks has 131 rows, and row 130, grey 0
        // and 1 in the reference's image, stays 0; at 3 ranks the rows dropped are grey 0 in the reference's too.
        GradeRun run = GradeRun.of(temp.resolve("result.json"),
            TestCourse.submission("mandelbrot-drops-last-row").toString(), "--only", "mandelbrot",
            "--time-limit", "5", "--no-parallel-runs", "--seed", "1");

        assertThat(run.verdicts("mandelbrot")).as(run.runs("mandelbrot"))
            .containsExactly("PASS", "FAIL", "FAIL", "FAIL", "PASS", "FAIL", "FAIL", "FAIL");
        var hidden = run.exercise("mandelbrot").get("runs");
        assertThat(hidden.get(5).get("message").asText()).isEqualTo("mandelbrot at 2 ranks, on a hidden input: "
            + "the checksum is wrong\n"
            + "  expected: \"Checksum: 5736329\"\n"
            + "  but was:  \"Checksum: 5735823\"\n"
            + "  first difference at column 14: expected '6' but was '5'\n"
            + "  it is 506 less than the reference's; rounding moves it within -27..27\n"
            + "mandelbrot at 2 ranks, on a hidden input: row 130 of the image differs from the reference's (101 of "
            + "its 215 pixels)\n"
            + "  it is 0 throughout\n"
            + "  first difference: row 130, column 76: expected 1 but was 0\n"
            + "  hint: row 130 is the last row, the one left over when 2 ranks do not divide 131 rows: is it computed "
            + "and sent, or does a loop over the rows stop one short?");
        assertThat(hidden.get(6).get("message").asText()).doesNotContain("the image is right")
            .endsWith("  hint: the image shows no wrong row, but its grey levels hide values below imax/255: is "
                + "every row computed and received, and is the checksum the sum of all ni x nr values, taken on "
                + "rank 0 once every row has arrived?");
    }

    @Test
    void rankZeroSendingToItselfFirstDeadlocksEverywhere() throws Exception {
        assertThat(gradeFixtureVisibly("mandelbrot-deadlock").verdicts("mandelbrot")).hasSize(4)
            .containsOnly("DEADLOCK");
    }

    @Test
    void aWrongChecksumLineLosesTheChecksumsHalf() throws Exception {
        GradeRun run = gradeFixtureVisibly("mandelbrot-wrong-format");

        assertThat(run.verdicts("mandelbrot")).as(run.runs("mandelbrot")).hasSize(4).containsOnly("FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(4.0);
        assertThat(run.message("mandelbrot", 2)).isEqualTo(visible(2) + "rank 0 printed no checksum\n"
            + "  expected: \"Checksum: 15383188\"\n"
            + "  but was:  \"checksum = 15383188\"\n"
            + "  first difference at column 1: expected 'C' but was 'c'");
    }

    @Test
    void aMemorisedChecksumWithoutAnImageFailsEverywhere() throws Exception {
        GradeRun run = gradeFixture("mandelbrot-hardcoded");

        assertThat(run.verdicts("mandelbrot")).as(run.runs("mandelbrot")).hasSize(8).containsOnly("FAIL");
        // The memorised checksum is right for the visible input only.
        assertThat(run.json().get("score").asDouble()).isEqualTo(4.0);
        assertThat(run.message("mandelbrot", 4)).isEqualTo(visible(4) + "rank 0 wrote no image.pgm\n"
            + "  the 8th argument names the file to write the picture to: a plain PGM (\"P2\", \"nr ni\", \"255\", "
            + "then ni lines of nr values)");
    }

    @Test
    void anImageWrittenColumnByColumnIsNamedTransposed() throws Exception {
        GradeRun run = gradeFixture("mandelbrot-transposed-image");

        assertThat(run.verdicts("mandelbrot")).as(run.runs("mandelbrot")).hasSize(8).containsOnly("FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(8.0);
        assertThat(run.message("mandelbrot", 1)).isEqualTo(visible(1) + "the image is the reference's transposed: "
            + "it holds the pixels column by column (nr lines of ni values) instead of row by row");
    }

    @Test
    void theSkeletonIsNotImplemented() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("exercises"), "--visible-only");

        assertThat(run.verdicts("mandelbrot")).as(run.runs("mandelbrot")).hasSize(4).containsOnly("NOT_IMPLEMENTED");
        assertThat(run.message("mandelbrot", 1)).isEqualTo("mandelbrot: no rank printed the lines this exercise is "
            + "graded on (rank 0 prints \"Checksum: S\" and writes the image to the file the 8th argument names)\n"
            + "  complete the TODOs in mandelbrot/Mandelbrot.java (the task is in exercises/tasks/mandelbrot.md)");
    }
}
