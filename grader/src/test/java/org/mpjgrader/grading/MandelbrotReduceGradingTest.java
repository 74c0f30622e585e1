package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * Lesson 10's homework graded end to end: lesson 10's checksum and image check, plus, from 2 ranks, a quarter of
 * each run's points for the calls the homework teaches (every rank in a Reduce, no point-to-point call). Runs are
 * listed visible first, each at 1, 2, 3 and 4 ranks, then the hidden inputs of seed 7.
 */
class MandelbrotReduceGradingTest {
    private static final long SEED = 7;
    private static final String ID = "mandelbrot-reduce";
    private static final String VISIBLE = ID + " at %d ranks, arguments 200 200 -1.5 0.5 -1.0 1.0 1000 image.pgm: ";

    @TempDir
    Path temp;

    private GradeRun grade(Path submission, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(submission.toString(), "--only", ID,
            "--time-limit", "5", "--no-parallel-runs", "--seed", Long.toString(SEED)));
        args.addAll(List.of(more));
        return GradeRun.of(temp.resolve("result.json"), args.toArray(String[]::new));
    }

    private GradeRun gradeFixture(String name, String... more) throws Exception {
        return grade(TestCourse.submission(name), more);
    }

    @Test
    void theReferenceGetsFullMarksOnVisibleAndHiddenInputs() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("solutions"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.verdicts(ID)).as(run.runs(ID)).hasSize(8).containsOnly("PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(16.0);
    }

    @Test
    void theSkeletonIsNotImplemented() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("exercises"), "--visible-only");

        assertThat(run.verdicts(ID)).as(run.runs(ID)).containsExactly("NOT_IMPLEMENTED", "NOT_IMPLEMENTED",
            "NOT_IMPLEMENTED", "NOT_IMPLEMENTED");
    }

    @Test
    void correctAlternativesPass() throws Exception {
        for (String fixture : List.of("mandelbrot-reduce-correct-max", "mandelbrot-reduce-correct-flat")) {
            GradeRun run = gradeFixture(fixture);
            assertThat(run.verdicts(ID)).as(fixture + "\n" + run.runs(ID)).hasSize(8).containsOnly("PASS");
        }
    }

    /** The right picture the lesson's way: the output checks pass, the taught calls' quarter fails, with both rules. */
    @Test
    void sendAndRecvInsteadOfReduceFailTheTaughtCallsWithBothRules() throws Exception {
        GradeRun run = gradeFixture("mandelbrot-reduce-sendrecv", "--visible-only");

        assertThat(run.verdicts(ID)).as(run.runs(ID)).containsExactly("PASS", "FAIL", "FAIL", "FAIL");
        assertThat(run.json().get("score").asDouble()).isCloseTo(2 + 3 * 1.5, within(1e-9));
        assertThat(run.message(ID, 3)).isEqualTo(String.format(VISIBLE, 3)
            + "the program does not use what the lesson teaches\n"
            + "  expected: every rank calls Reduce\n"
            + "  but was:  ranks 0, 1, 2 called no Reduce (their MPI calls: Recv, Send)\n"
            + "  expected: no point-to-point call (Send, Recv, Isend, Irecv, Sendrecv, Probe, ...): collectives only\n"
            + "  but was:  ranks 0, 1, 2 called Recv, Send\n"
            + "  hint: every rank fills its rows of a zero-filled whole image, and one Reduce with MPI.SUM at rank 0 "
            + "adds the images up; no Send or Recv");
    }

    @Test
    void aReduceAtTheWrongRootLeavesRankZerosPictureBlank() throws Exception {
        GradeRun run = gradeFixture("mandelbrot-reduce-wrong-root", "--visible-only");

        assertThat(run.verdicts(ID)).as(run.runs(ID)).containsExactly("PASS", "FAIL", "FAIL", "FAIL");
        // MPJ Express leaves rank 0's own contribution in its receive buffer: its rows are right, rank 1's are 0.
        assertThat(run.message(ID, 2)).isEqualTo(String.format(VISIBLE, 2) + "the checksum is wrong\n"
            + "  expected: \"Checksum: 15383188\"\n"
            + "  but was:  \"Checksum: 7691599\"\n"
            + "  first difference at column 11: expected '1' but was '7'\n"
            + "  it is 7691589 less than the reference's; rounding moves it within -40..40\n"
            + String.format(VISIBLE, 2) + "rows 1, 3, 5, 7, 9, 11, 13, 15 and 92 more of the image differ from the "
            + "reference's (11376 of their 20000 pixels)\n"
            + "  they are 0 throughout\n"
            + "  first difference: row 1, column 131: expected 2 but was 0\n"
            + "  hint: these are all the rows of rank 1 (rank r's rows are r, r+2, r+4, ...): are they received from "
            + "it and put in place?");
    }

    @Test
    void everyRankFillingEveryRowMultipliesThePicture() throws Exception {
        GradeRun run = gradeFixture("mandelbrot-reduce-every-row", "--visible-only");

        assertThat(run.verdicts(ID)).as(run.runs(ID)).containsExactly("PASS", "FAIL", "FAIL", "FAIL");
        assertThat(run.message(ID, 2)).isEqualTo(String.format(VISIBLE, 2) + "the checksum is wrong (tolerance: "
            + "relative 5e-5, as there is no image to compare)\n"
            + "  expected: \"Checksum: 15383188\"\n"
            + "  but was:  \"Checksum: 30766376\"\n"
            + "  first difference at column 11: expected '1' but was '3'\n"
            + String.format(VISIBLE, 2) + "image.pgm is not a plain PGM: value 151 (row 0, column 150) is \"510\", "
            + "above the header's largest grey value, 255");
    }
}
