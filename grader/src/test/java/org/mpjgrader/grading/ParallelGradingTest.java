package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * The runs on a large input, graded end to end: the reference solutions pass them; programs whose output is
 * right but whose work is not spread (or whose matrix is not distributed) fail them, and are told why.
 */
class ParallelGradingTest {
    @TempDir
    Path temp;

    private GradeRun grade(Path submission, String exercises) throws Exception {
        return GradeRun.of(temp.resolve("result.json"), submission.toString(), "--only", exercises, "--seed", "5");
    }

    /** The parallel runs of an exercise: verdict and message, in plan order. */
    private static List<JsonNode> parallelRuns(GradeRun run, String id) {
        List<JsonNode> runs = new ArrayList<>();
        run.exercise(id).get("runs").forEach(r -> {
            if (r.get("visibility").asText().equals("parallel")) {
                runs.add(r);
            }
        });
        return runs;
    }

    @Test
    void theReferenceSolutionsPassTheirParallelRuns() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("solutions"), "rootsum,matmul-distributed");

        assertThat(parallelRuns(run, "rootsum")).extracting(r -> r.get("np").asInt()).containsExactly(1, 2, 4, 8);
        assertThat(parallelRuns(run, "matmul-distributed")).extracting(r -> r.get("np").asInt())
            .containsExactly(1, 2, 4);
        // The work clock counts instructions: the reference's speedups are the same in every grading.
        assertThat(parallelRuns(run, "rootsum")).extracting(r -> r.get("measurements").get("modelled_speedup")
            .asDouble()).containsExactly(1.0, 2.0, 4.0, 8.0);
        assertThat(run.verdicts("rootsum")).as(run.out()).containsOnly("PASS");
        assertThat(run.verdicts("matmul-distributed")).as(run.out()).containsOnly("PASS");
    }

    @Test
    void rankZeroDoingAllTheWorkPassesTheOutputChecksAndFailsTheWorkSpread() throws Exception {
        GradeRun run = grade(TestCourse.submission("rootsum-root-does-all"), "rootsum");

        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).containsExactly("PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "PASS",
            "PASS", "PASS", "FAIL", "FAIL", "FAIL");
        assertThat(parallelRuns(run, "rootsum").get(2).get("message").asText()).isEqualTo(ROOT_DOES_ALL_AT_4);
    }

    private static final String MODELLED = "  the modelled speedup is the program's work at 1 rank over the time its "
        + "ranks take with a core each, counted in bytecode instructions of your code (a millisecond of sleep counts "
        + "1,000,000), not in seconds: the same on every machine\n";

    private static final String ROOT_DOES_ALL_AT_4 =
        "rootsum at 4 ranks, arguments 4000000: the work is not spread over the ranks\n"
            + "  expected: a modelled speedup of at least 3.20 (80% of the reference's 4.00)\n"
            + "  but was:  1.00 (your program's work at 1 rank is 84,000,121; with a core per rank this run takes "
            + "84,000,163; rank 0 worked 84,000,163, the other ranks 64 each)\n"
            + MODELLED
            + "  hint: one rank does most of the work: split the loop over all the ranks\n"
            + "  rank 0 works alone for 100% of the modelled time, while every other rank waits or has ended (reading "
            + "or drawing the input, writing the output, or work it does not share); by Amdahl's law no rank count "
            + "makes this run more than 1.0 times faster";

    /** The unbuffered writer's speedups: its image goes out through the JDK, whose work is not counted. */
    private static final Double[] MANDELBROT_SPEEDUPS = {1.0, 1.99, 3.95, 7.81};

    @Test
    void ranksThatEachRepeatTheWholeSumFailTheWorkSpreadWithTheRepeatedWorkNamed() throws Exception {
        GradeRun run = grade(TestCourse.submission("rootsum-every-rank-repeats"), "rootsum");

        assertThat(run.verdicts("rootsum")).as(run.runs("rootsum")).containsExactly("PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "PASS",
            "PASS", "PASS", "FAIL", "FAIL", "FAIL");
        assertThat(parallelRuns(run, "rootsum").get(2).get("message").asText()).isEqualTo(
            "rootsum at 4 ranks, arguments 4000000: the work is not spread over the ranks\n"
                + "  expected: a modelled speedup of at least 3.20 (80% of the reference's 4.00)\n"
                + "  but was:  1.12 (your program's work at 1 rank is 108,000,102; with a core per rank this run takes "
                + "96,000,102; rank 0 worked 96,000,102, the other ranks 96,000,081 each)\n"
                + MODELLED
                + "  hint: the ranks together did 3.6 times the work of 1 rank: each rank repeats work the others do; "
                + "give each rank its own part");
    }

    @Test
    void aChainOfRanksEachWaitingForThePreviousFailsTheWorkSpreadThoughTheWorkIsEven() throws Exception {
        GradeRun run = grade(TestCourse.submission("rootsum-chained"), "rootsum");

        assertThat(parallelRuns(run, "rootsum")).extracting(r -> r.get("verdict").asText())
            .containsExactly("PASS", "FAIL", "FAIL", "FAIL");
        assertThat(parallelRuns(run, "rootsum").get(2).get("message").asText()).isEqualTo(
            "rootsum at 4 ranks, arguments 4000000: the work is not spread over the ranks\n"
                + "  expected: a modelled speedup of at least 3.20 (80% of the reference's 4.00)\n"
                + "  but was:  1.00 (your program's work at 1 rank is 72,000,104; with a core per rank this run takes "
                + "72,000,185; rank 0 worked 18,000,114, the other ranks 18,000,080 to 18,000,090)\n"
                + MODELLED
                + "  hint: the work is split evenly, but the ranks wait for one another: a rank that waits for "
                + "another's result before it starts its own part runs after it, not beside it\n"
                + "  rank 0 works alone for 25% of the modelled time, while every other rank waits or has ended "
                + "(reading or drawing the input, writing the output, or work it does not share); by Amdahl's law no "
                + "rank count makes this run more than 4.0 times faster");
    }

    @Test
    void aMandelbrotWritingItsImageUnbufferedPassesItsParallelRuns() throws Exception {
        GradeRun run = grade(TestCourse.submission("mandelbrot-unbuffered-image"), "mandelbrot");

        assertThat(run.verdicts("mandelbrot")).as(run.out()).containsOnly("PASS");
        assertThat(parallelRuns(run, "mandelbrot")).extracting(r -> r.get("measurements").get("modelled_speedup")
            .asDouble()).containsExactly(MANDELBROT_SPEEDUPS);
    }

    @Test
    void aDistributedProductThatBroadcastsAllOfAFailsTheTaughtCallsCheckOnItsParallelRuns() throws Exception {
        GradeRun run = grade(TestCourse.submission("matmul-distributed-bcast-all"), "matmul-distributed");

        JsonNode parallel = parallelRuns(run, "matmul-distributed").get(2);
        assertThat(parallel.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(parallel.get("message").asText()).isEqualTo(
            "matmul-distributed at 4 ranks, arguments 240 200 160 11: the program does not use what the lesson "
                + "teaches\n"
                + "  expected: every rank calls Scatterv or Scatter\n"
                + "  but was:  ranks 0, 1, 2, 3 called no Scatterv or Scatter (their MPI calls: Bcast, Gatherv)\n"
                + "  expected: no rank but 0 receives all of A, only its block of rows\n"
                + "  but was:  rank 1 received all of A (0.4 MB) in Bcast\n"
                + "  hint: rank 0 scatters A's rows with Scatterv and gathers C's with Gatherv");
        assertThat(parallel.get("score").asDouble()).isEqualTo(1.5);
    }
}
