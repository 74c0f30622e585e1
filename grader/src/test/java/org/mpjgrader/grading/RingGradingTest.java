package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * Lesson 05's ring, graded end to end from its package alone ({@code course/ring/exercise.yaml}, a {@code lines}
 * check): the totals computed from the package's expression at 1 to 4 ranks, visible and hidden steps, a ring
 * turning the wrong way caught from 3 ranks on, and a ring of blocking sends a deadlock whose cycle is named.
 */
class RingGradingTest {
    private static final long SEED = 1;

    @TempDir
    Path temp;

    private GradeRun grade(Path submission, long seed) throws Exception {
        return GradeRun.of(temp.resolve("result.json"), submission.toString(), "--only", "ring",
            "--time-limit", "5", "--seed", Long.toString(seed));
    }

    private GradeRun gradeFixture(String name) throws Exception {
        return grade(TestCourse.submission(name), SEED);
    }

    @Test
    void theReferenceGetsFullMarksOnVisibleAndHiddenStepsWithTwoSeedsOneRankIncluded() throws Exception {
        for (long seed : new long[] {SEED, 2}) {
            GradeRun run = grade(TestCourse.root().resolve("solutions"), seed);

            assertThat(run.exitCode()).isZero();
            assertThat(run.verdicts("ring")).as(run.runs("ring")).hasSize(8).containsOnly("PASS");
            assertThat(run.json().get("score").asDouble()).isEqualTo(8.0);
        }
    }

    @Test
    void theUntouchedSkeletonIsNotImplementedAndToldWhatToPrint() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("exercises"), SEED);

        assertThat(run.verdicts("ring")).as(run.runs("ring")).hasSize(8).containsOnly("NOT_IMPLEMENTED");
        assertThat(run.message("ring", 2)).isEqualTo("ring: no rank printed the lines this exercise is graded on "
            + "(every rank prints \"Rank {rank} received a total of {total} after {steps} steps\")\n"
            + "  complete the TODOs in ring/Ring.java (the task is in exercises/tasks/ring.md)");
    }

    @Test
    void nonBlockingSendsAndReceivesPass() throws Exception {
        GradeRun run = gradeFixture("ring-correct-nonblocking");

        assertThat(run.verdicts("ring")).as(run.runs("ring")).hasSize(8).containsOnly("PASS");
    }

    @Test
    void aRingTurningTheWrongWayFailsFromThreeRanksOnWithTheTotalsItGotWrong() throws Exception {
        GradeRun run = gradeFixture("ring-wrong-direction");

        // At 1 and 2 ranks both directions are the same ring; at 3 ranks, after 5 steps, too (the totals are
        // 6, 5, 4 either way); the hidden steps (13 to 59, none that 3 divides) tell them apart.
        assertThat(run.verdicts("ring")).as(run.runs("ring"))
            .containsExactly("PASS", "PASS", "PASS", "FAIL", "PASS", "PASS", "FAIL", "FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(5 + 3 * 0.25); // it sends: the taught quarter
        assertThat(run.message("ring", 4)).isEqualTo(
            "ring at 4 ranks, arguments 5: rank 0 has the wrong total: 7 instead of 9\n"
                + "  expected: \"Rank 0 received a total of 9 after 5 steps\"\n"
                + "  but was:  \"Rank 0 received a total of 7 after 5 steps\"\n"
                + "  first difference at column 28: expected '9' but was '7'\n"
                + "  also rank 1: has the wrong total: 8 instead of 6 (\"Rank 1 received a total of 8 after 5 steps\")\n"
                + "  also rank 2: has the wrong total: 9 instead of 7 (\"Rank 2 received a total of 9 after 5 steps\")\n"
                + "  also rank 3: has the wrong total: 6 instead of 8 (\"Rank 3 received a total of 6 after 5 steps\")\n"
                + "  hint: at each step send the value you hold to rank (R+1) mod N, receive the value of rank (R-1) "
                + "mod N, add what you received to the total and pass it on at the next step");
        assertThat(run.out()).contains("ring at 3 ranks, on a hidden input: rank 0 has the wrong total: ");
    }

    @Test
    void aRingOfBlockingSendsIsADeadlockWhoseCycleIsNamed() throws Exception {
        GradeRun run = gradeFixture("ring-send-first");

        assertThat(run.verdicts("ring")).as(run.runs("ring")).hasSize(8).containsOnly("DEADLOCK");
        assertThat(run.message("ring", 3)).isEqualTo("ring at 3 ranks, arguments 5: deadlock: every rank that had "
            + "not ended waited in an MPI call, and none could go on\n"
            + "  rank 0 waits in Send to rank 1 (tag 0) at Ring.java:16\n"
            + "  rank 1 waits in Send to rank 2 (tag 0) at Ring.java:16\n"
            + "  rank 2 waits in Send to rank 0 (tag 0) at Ring.java:16\n"
            + "  cycle: rank 0 waits for rank 1, rank 1 for rank 2, rank 2 for rank 0: none of them can go on");
        assertThat(run.message("ring", 1)).isEqualTo("ring at 1 rank, arguments 5: deadlock: every rank that had "
            + "not ended waited in an MPI call, and none could go on\n"
            + "  rank 0 waits in Send to rank 0 (tag 0) at Ring.java:16\n"
            + "  rank 0 waits for itself: only a call of its own, after this one, could complete it");
    }
}
