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

        assertThat(parallelRuns(run, "rootsum")).extracting(r -> r.get("np").asInt()).containsExactly(2, 4, 8);
        assertThat(parallelRuns(run, "matmul-distributed")).extracting(r -> r.get("np").asInt())
            .containsExactly(2, 4);
        assertThat(run.verdicts("rootsum")).as(run.out()).containsOnly("PASS");
        assertThat(run.verdicts("matmul-distributed")).as(run.out()).containsOnly("PASS");
    }

    @Test
    void rankZeroDoingAllTheWorkPassesTheOutputChecksAndFailsTheWorkSpread() throws Exception {
        GradeRun run = grade(TestCourse.resource("submissions/rootsum-root-does-all"), "rootsum");

        assertThat(run.verdicts("rootsum"))
            .containsExactly("PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "FAIL", "FAIL", "FAIL");
        assertThat(parallelRuns(run, "rootsum").get(1).get("message").asText())
            .startsWith("rootsum at 4 ranks, arguments 60000000: the work is not spread over the ranks\n"
                + "  expected: a modelled speedup of at least ")
            .contains("  but was:  1.", "(rank 0 used ");
    }

    @Test
    void aDistributedProductThatBroadcastsAllOfAFailsTheTaughtCallsCheckOnItsParallelRuns() throws Exception {
        GradeRun run = grade(TestCourse.resource("submissions/matmul-distributed-bcast-all"), "matmul-distributed");

        JsonNode parallel = parallelRuns(run, "matmul-distributed").get(1);
        assertThat(parallel.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(parallel.get("message").asText()).isEqualTo(
            "matmul-distributed at 4 ranks, arguments 960 600 500 11: the program does not use what the lesson "
                + "teaches\n"
                + "  expected: every rank calls Scatterv or Scatter\n"
                + "  but was:  ranks 0, 1, 2, 3 called no Scatterv or Scatter (their MPI calls: Bcast, Gatherv)\n"
                + "  expected: no rank but 0 receives all of A, only its block of rows\n"
                + "  but was:  rank 1 received all of A (4.6 MB) in Bcast\n"
                + "  hint: rank 0 scatters A's rows with Scatterv and gathers C's with Gatherv");
        assertThat(parallel.get("score").asDouble()).isEqualTo(1.5);
    }
}
