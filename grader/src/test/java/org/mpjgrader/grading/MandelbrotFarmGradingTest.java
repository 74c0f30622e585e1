package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * Lesson 12's homework, {@code masterslave.MandelbrotFarm}, graded end to end at 2, 3, 4 and 8 ranks: the
 * master-slave checks with rows for jobs (numbered 0..ni-1, counted by ni, no weights) on half of each run's points,
 * lesson 10's checksum and image on the other half. Which slave gets which row changes from run to run, so messages
 * are asserted whole only where the schedule cannot change them: at 2 ranks (one slave), or where the program's
 * dispatch is fixed.
 */
class MandelbrotFarmGradingTest {
    private static final long SEED = 7;
    private static final String ID = "masterslave-mandelbrot";
    private static final String VISIBLE = ID + " at %d ranks, arguments 200 200 -1.5 0.5 -1.0 1.0 1000 image.pgm: ";

    @TempDir
    Path temp;

    private GradeRun grade(Path submission, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(submission.toString(), "--only", ID,
            "--time-limit", "10", "--seed", Long.toString(SEED)));
        args.addAll(List.of(more));
        return GradeRun.of(temp.resolve("result.json"), args.toArray(String[]::new));
    }

    private GradeRun gradeFixture(String name, String... more) throws Exception {
        return grade(TestCourse.submission(name), more);
    }

    @Test
    void theReferenceGetsFullMarksFromTheRowChecksAndThePictureChecks() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("solutions"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.verdicts(ID)).as(run.runs(ID)).hasSize(8).containsOnly("PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(16.0);
        assertThat(matchingsExplored(run)).containsExactly(0, 2, 1, 2, 0, 1, 1, 1);
        JsonNode checks = run.exercise(ID).get("runs").get(1).get("checks");
        List<String> names = new ArrayList<>();
        checks.forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsExactly("each row assigned once", "each slave stopped once",
            "rows done by their slaves", "master does no row", "each row sent to the slave that asked", "checksum",
            "image");
    }

    @Test
    void theSkeletonIsNotImplemented() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("exercises"), "--visible-only");

        assertThat(run.verdicts(ID)).as(run.runs(ID)).containsExactly("NOT_IMPLEMENTED", "NOT_IMPLEMENTED",
            "NOT_IMPLEMENTED", "NOT_IMPLEMENTED");
    }

    /**
     * Their masters receive from any slave: from 3 ranks every run passes under each matching the grader forces too
     * (docs/matching.md), not only under the one the machine's timing gave.
     */
    @Test
    void correctAlternativesPass() throws Exception {
        for (String fixture : List.of("masterslave-mandelbrot-correct-two-messages",
            "masterslave-mandelbrot-correct-first-rows-unasked")) {
            GradeRun run = gradeFixture(fixture);
            assertThat(run.verdicts(ID)).as(fixture + "\n" + run.runs(ID)).hasSize(8).containsOnly("PASS");
            assertThat(matchingsExplored(run)).as(fixture).containsExactly(0, 2, 1, 2, 0, 1, 1, 1);
        }
    }

    /**
     * Each run's matchings explored, in the runs' order (0 where it was not explored: one slave, no race; 2 for a
     * visible run at 3 or 8 ranks, under lowest and highest: the package's schedules and rank counts; 1 for the
     * visible run at 4 ranks and for a run on a hidden input, under lowest alone).
     */
    private static List<Integer> matchingsExplored(GradeRun run) {
        List<Integer> explored = new ArrayList<>();
        run.exercise(ID).get("runs")
            .forEach(r -> explored.add(r.path("measurements").path("matchings_explored").asInt()));
        return explored;
    }

    /**
     * Rows dealt out in advance give the right lines and picture; the master's calls show a row sent to a slave
     * that had not asked, from 3 ranks (with one slave, round-robin is on demand).
     */
    @Test
    void rowsHandedOutInAdvanceFailTheDispatchFromThreeRanks() throws Exception {
        GradeRun run = gradeFixture("masterslave-mandelbrot-static", "--visible-only");

        assertThat(run.verdicts(ID)).as(run.runs(ID)).containsExactly("PASS", "FAIL", "FAIL", "FAIL");
        // The dispatch check is a fifth of the row checks' half of 2 points.
        assertThat(run.json().get("score").asDouble()).isCloseTo(2 + 3 * 1.8, within(1e-9));
        assertThat(run.message(ID, 3)).isEqualTo(String.format(VISIBLE, 3)
            + "the master sent a slave work it had not asked for\n"
            + "  expected: each message rank 0 sends a slave (after a first row) answers the request that slave "
            + "has just sent, received from MPI.ANY_SOURCE\n"
            + "  but was:  rank 0's message 3 (Send to rank 1 (tag 2)) went to slave 1, but the last request had "
            + "come from slave 2\n"
            + "  hint: a master that decides in advance who does which row keeps a slave with long rows busy "
            + "while others wait: receive a request, then answer its sender (status.source)");
    }

    @Test
    void aMasterThatDropsEachSlavesLastRowFailsThePicture() throws Exception {
        GradeRun run = gradeFixture("masterslave-mandelbrot-loses-rows", "--visible-only");

        assertThat(run.verdicts(ID)).as(run.runs(ID)).containsOnly("FAIL");
        // With one slave the lost row is the last one: the master-slave lines are right, the picture is not.
        assertThat(run.message(ID, 2)).isEqualTo(String.format(VISIBLE, 2) + "the checksum is wrong\n"
            + "  expected: \"Checksum: 15383188\"\n"
            + "  but was:  \"Checksum: 15382259\"\n"
            + "  first difference at column 15: expected '3' but was '2'\n"
            + "  it is 929 less than the reference's; rounding moves it within -40..40\n"
            + String.format(VISIBLE, 2) + "row 199 of the image differs from the reference's (20 of its 200 pixels)\n"
            + "  it is 0 throughout\n"
            + "  first difference: row 199, column 131: expected 2 but was 0\n"
            + "  hint: row 199 is the last row: does a loop over the rows stop one short?");
        assertThat(run.exercise(ID).get("runs").get(0).get("checks")).filteredOn(c -> !c.get("passed").asBoolean())
            .extracting(c -> c.get("name").asText()).containsExactly("checksum", "image");
        assertThat(run.message(ID, 8)).contains("0 throughout");
    }
}
