package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * Lesson 12 graded end to end at 2, 3, 4 and 8 ranks. Which slave gets which job changes from run to run, so
 * messages are asserted whole only where the schedule cannot change them: at 2 ranks (one slave), or where
 * the program's lines do not depend on it.
 */
@Order(4) // among the longest classes: started early, so that it does not run on alone at the end
class MasterSlaveGradingTest {
    private static final long SEED = 7;
    private static final String ASSIGNED_ONCE = "each job assigned once";
    private static final String STOPPED_ONCE = "each slave stopped once";
    private static final String DONE_BY_SLAVE = "jobs done by their slaves";
    private static final String MASTER_NO_JOB = "master does no job";
    private static final String ON_REQUEST = "each job sent to the slave that asked";
    private static final String SLEPT = "each job sleeps its weight";

    @TempDir
    Path temp;

    private GradeRun grade(Path submission, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(submission.toString(), "--only", "masterslave",
            "--time-limit", "10", "--seed", Long.toString(SEED)));
        args.addAll(List.of(more));
        return GradeRun.of(temp.resolve("result.json"), args.toArray(String[]::new));
    }

    private GradeRun gradeFixture(String name, String... more) throws Exception {
        return grade(TestCourse.submission(name), more);
    }

    /** The names of the checks a run at {@code np} ranks failed (the first such run: the visible one). */
    private static List<String> failedChecks(GradeRun run, int np) {
        for (JsonNode r : run.exercise("masterslave").get("runs")) {
            if (r.get("np").asInt() == np) {
                List<String> failed = new ArrayList<>();
                r.get("checks").forEach(c -> {
                    if (!c.get("passed").asBoolean()) {
                        failed.add(c.get("name").asText());
                    }
                });
                return failed;
            }
        }
        throw new AssertionError("no run at " + np + " ranks");
    }

    @Test
    void theReferenceGetsFullMarksOnVisibleAndHiddenInputs() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("solutions"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).hasSize(8).containsOnly("PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(16.0);
        // Its master receives requests from any slave: from 3 ranks it passes under every matching explored too; the
        // course explores the visible runs (3 schedules), a hidden run goes under lowest alone (1).
        List<Integer> explored = new ArrayList<>();
        run.exercise("masterslave").get("runs")
            .forEach(r -> explored.add(r.path("measurements").path("matchings_explored").asInt()));
        assertThat(explored).containsExactly(0, 3, 3, 3, 0, 1, 1, 1);
    }

    @Test
    void theSkeletonIsNotImplementedWithTheLinesToPrint() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("exercises"), "--visible-only");

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).containsOnly("NOT_IMPLEMENTED");
        assertThat(run.message("masterslave", 2)).isEqualTo(
            "masterslave: no rank printed the lines this exercise is graded on (rank 0 prints \"Master assigned job # J"
                + " to slave # R .\" and \"Master informed slave # R no more jobs.\", slave R prints \"Slave # R did"
                + " job # J\")\n"
                + "  complete the TODOs in masterslave/MasterSlave.java "
                + "(the task is in exercises/tasks/masterslave.md)");
    }

    @Test
    void correctAlternativesPassEverywhere() throws Exception {
        for (String fixture : List.of("masterslave-correct-loops", "masterslave-correct-sendrecv",
            "masterslave-correct-reference-like", "masterslave-primes-slaves")) {
            assertThat(gradeFixture(fixture).verdicts("masterslave")).as(fixture).hasSize(8).containsOnly("PASS");
        }
    }

    @Test
    void noCheckForOneProcessIsOutsideTheGradedRankCounts() throws Exception {
        assertThat(gradeFixture("masterslave-hang-one-rank", "--visible-only").verdicts("masterslave"))
            .containsExactly("PASS", "PASS", "PASS", "PASS");
    }

    /**
     * A static round-robin schedule prints right lines (the order of the lines cannot tell either: MPJ's
     * multicore Send waits for the slave's Recv, so even the static master prints "assigned" only after the
     * slave's "did" line); the master's calls catch it: it sends to slaves that did not ask, in every run.
     */
    @Test
    void aStaticScheduleFailsTheAssignmentLogCheckInEveryRun() throws Exception {
        GradeRun run = gradeFixture("masterslave-static");

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).containsOnly("FAIL");
        // Each run fails the assignment log only: a sixth of its 2 points.
        assertThat(run.json().get("score").asDouble()).isCloseTo(8 * (2 - 2.0 / 6), within(1e-9));
        assertThat(failedChecks(run, 8)).containsExactly(ON_REQUEST);
        assertThat(run.message("masterslave", 3)).isEqualTo(
            "masterslave at 3 ranks, arguments 20 42 10: the master sent a slave work it had not asked for\n"
                + "  expected: each message rank 0 sends a slave (after a first job) answers the request that slave "
                + "has just sent, received from MPI.ANY_SOURCE\n"
                + "  but was:  rank 0's message 3 (Send to rank 1 (tag 2)) went to slave 1, but no request had come "
                + "in since rank 0's previous message\n"
                + "  hint: a master that decides in advance who does which job keeps a slave with long jobs busy "
                + "while others wait: receive a request, then answer its sender (status.source)");
    }

    /**
     * A master that receives each request from the slave whose turn it is answers every request, yet serves a slave
     * done early only in its turn: the receives name their sources, which the program chooses and no timing
     * changes, so it fails in the same words in every grading.
     */
    @Test
    void aMasterThatTakesRequestsInTurnFailsFromTwoSlavesOn() throws Exception {
        GradeRun run = gradeFixture("masterslave-requests-in-turn", "--visible-only");

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).containsExactly("PASS", "FAIL", "FAIL",
            "FAIL");
        assertThat(failedChecks(run, 4)).containsExactly(ON_REQUEST);
        assertThat(run.message("masterslave", 4)).isEqualTo(
            "masterslave at 4 ranks, arguments 20 42 10: the master took the slaves' requests in a fixed turn\n"
                + "  expected: each request received from MPI.ANY_SOURCE, so that the slave that asks first is "
                + "served first\n"
                + "  but was:  rank 0 named the sender of each of its 23 receives: slave 1, 2, 3, 1, 2, 3, 1, 2, ...\n"
                + "  hint: a slave that is done early waits for its turn while the others work: receive from "
                + "MPI.ANY_SOURCE, then answer its sender (status.source)");
    }

    /**
     * Slaves that skip their sleeps do the jobs faster than any schedule can, on the work clock, at every count. The
     * master receives requests from any slave, so from 3 ranks the run is explored (docs/matching.md); it fails under
     * every matching, and the grade is the first one's, {@code lowest}: each request taken from slave 1 while it asks,
     * so all 20 jobs on one slave and a floor of their sum, the same in every grading (the run as it ran spreads them
     * over the slaves as the timing gives).
     */
    @Test
    void slavesThatDoNotSleepFailTheirJobsWeightEverywhere() throws Exception {
        GradeRun run = gradeFixture("masterslave-no-sleep", "--visible-only");

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).containsOnly("FAIL");
        assertThat(failedChecks(run, 4)).containsExactly(SLEPT);
        assertThat(run.message("masterslave", 4)).isEqualTo(
            "masterslave at 4 ranks, arguments 20 42 10: the jobs took 0 ms of modelled time, but no schedule does "
                + "them in less than 630 ms\n"
                + "  the modelled time counts each job's sleep, not the machine's clock: the time the run takes with "
                + "a core per rank\n"
                + "  hint: doing job j means sleeping w_j * unit_ms milliseconds (Thread.sleep), with w_j drawn from "
                + "new java.util.Random(seed) as the task says");
    }

    @Test
    void aMasterThatHandsOutBlocksOfJobsInOneMessageFailsTheAssignmentLog() throws Exception {
        GradeRun run = gradeFixture("masterslave-blocks-in-one-message");

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).containsOnly("FAIL");
        assertThat(run.message("masterslave", 3)).isEqualTo(
            "masterslave at 3 ranks, arguments 20 42 10: the master handed a slave several jobs in one message\n"
                + "  expected: one message per job, each answering the request of the slave that gets it\n"
                + "  but was:  rank 0 assigned 10 jobs to slave 1, but sent it 2 messages\n"
                + "  hint: jobs given out in blocks are a split made in advance: a slave that drew long jobs keeps "
                + "them while the others wait; answer each request with one job");
    }

    @Test
    void jobsNumberedFromZeroAreNamedWithAHint() throws Exception {
        GradeRun run = gradeFixture("masterslave-off-by-one", "--visible-only");

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).containsOnly("FAIL");
        assertThat(run.json().get("score").asDouble()).isCloseTo(4 * (2 - 2.0 / 6), within(1e-9));
        assertThat(failedChecks(run, 4)).containsExactly(ASSIGNED_ONCE);
        assertThat(run.message("masterslave", 4)).isEqualTo(
            "masterslave at 4 ranks, arguments 20 42 10: rank 0 did not assign each job 1..20 exactly once\n"
                + "  never assigned: job 20\n"
                + "  not a job (jobs are numbered 1..20): job 0\n"
                + "  hint: jobs are numbered from 1 to 20, not from 0");
    }

    @Test
    void aMasterThatDoesJobsFailsOnlyThatCheck() throws Exception {
        GradeRun run = gradeFixture("masterslave-master-works", "--visible-only");

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).containsOnly("FAIL");
        for (int np : new int[] {2, 3, 4, 8}) {
            assertThat(failedChecks(run, np)).as(np + " ranks").containsExactly(MASTER_NO_JOB);
        }
        // Under lowest each poll finds a request; under highest a poll finds nothing whenever MPI allows it, every
        // other time: the master then does a job itself, the same jobs in every grading, whatever the timing.
        assertThat(run.message("masterslave", 3)).isEqualTo("masterslave at 3 ranks, arguments 20 42 10: rank 0 "
            + "polls (Iprobe) at MasterSlave.java:32; when the poll finds no message though rank 1's and rank 2's are "
            + "pending, the run fails:\n"
            + "    masterslave at 3 ranks, arguments 20 42 10: rank 0 did jobs itself; the master only hands out work\n"
            + "      assigned to slave # 0 (rank 0): jobs 1, 3, 5, 7, 9, 11, 13, 15 and 2 more\n"
            + "      rank 0 printed 10 \"did\" lines, the first \"Slave # 0 did job # 1\"\n"
            + "      hint: rank 0 does no job even when no slave is asking: it waits for the next request");
    }

    @Test
    void aMemorisedScheduleIsCaughtByWhichRankPrintedTheSlavesLines() throws Exception {
        GradeRun run = gradeFixture("masterslave-hardcoded");

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).hasSize(8).containsOnly("FAIL");
        // 4 ranks with the defaults: the lines a real run could print, all of them from rank 0.
        assertThat(failedChecks(run, 4)).containsExactly(DONE_BY_SLAVE, MASTER_NO_JOB, SLEPT);
        assertThat(run.message("masterslave", 4)).isEqualTo(
            "masterslave at 4 ranks, arguments 20 42 10: rank 1 did not report jobs 1, 4, 7, 10, 13, 16 and 19 that "
                + "rank 0 assigned to it\n"
                + "  expected: \"Slave # 1 did job # 1\"\n"
                + "  but was:  nothing\n"
                + "  also rank 2: did not report jobs 2, 5, 8, 11, 14, 17 and 20 that rank 0 assigned to it\n"
                + "  also rank 3: did not report jobs 3, 6, 9, 12, 15 and 18 that rank 0 assigned to it\n"
                + "  hint: rank 0 printed \"Slave #\" lines: each slave prints its own, after doing the job\n"
                + "masterslave at 4 ranks, arguments 20 42 10: rank 0 printed 20 \"Slave #\" lines, the first "
                + "\"Slave # 1 did job # 1\"; the master does no job and prints no slave's line\n"
                + "masterslave at 4 ranks, arguments 20 42 10: the jobs took 0 ms of modelled time, but no schedule "
                + "does them in less than 210 ms\n"
                + "  the modelled time counts each job's sleep, not the machine's clock: the time the run takes with "
                + "a core per rank\n"
                + "  hint: doing job j means sleeping w_j * unit_ms milliseconds (Thread.sleep), with w_j drawn from "
                + "new java.util.Random(seed) as the task says");
        assertThat(failedChecks(run, 2)).containsExactly(ASSIGNED_ONCE, STOPPED_ONCE, DONE_BY_SLAVE, MASTER_NO_JOB,
            SLEPT);
        assertThat(run.message("masterslave", 2)).startsWith(
            "masterslave at 2 ranks, arguments 20 42 10: rank 0 did not assign each job 1..20 exactly once to a slave\n"
                + "  assigned to slave # 2, but the only slave is rank 1: jobs 2, 5, 8, 11, 14, 17 and 20\n"
                + "  assigned to slave # 3, but the only slave is rank 1: jobs 3, 6, 9, 12, 15 and 18\n"
                + "masterslave at 2 ranks, arguments 20 42 10: rank 0 did not tell slave 1 to stop exactly once, "
                + "after its last job\n"
                + "  told to stop, but the only slave is rank 1: slaves 2 and 3\n");
        assertThat(failedChecks(run, 8)).containsExactly(STOPPED_ONCE, DONE_BY_SLAVE, MASTER_NO_JOB, SLEPT);
        assertThat(run.message("masterslave", 8)).contains("  never told to stop: slaves 4, 5, 6 and 7\n");
    }

    @Test
    void aWrongWordingShowsTheLineItShouldHaveBeen() throws Exception {
        GradeRun run = gradeFixture("masterslave-wrong-format", "--visible-only");

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).containsOnly("FAIL");
        assertThat(failedChecks(run, 2)).containsExactly(ASSIGNED_ONCE, STOPPED_ONCE, DONE_BY_SLAVE);
        assertThat(run.message("masterslave", 2)).isEqualTo(
            "masterslave at 2 ranks, arguments 20 42 10: rank 0 printed no \"Master assigned\" line\n"
                + "  expected: \"Master assigned job # 1 to slave # 1 .\"\n"
                + "  but was:  \"Master assigned job #1 to slave #1\"\n"
                + "  first difference at column 22: expected ' ' but was '1'\n"
                + "masterslave at 2 ranks, arguments 20 42 10: rank 0 told no slave to stop\n"
                + "  expected: \"Master informed slave # 1 no more jobs.\"\n"
                + "  but was:  \"Master: slave 1 stopped\"\n"
                + "  first difference at column 7: expected ' ' but was ':'\n"
                + "masterslave at 2 ranks, arguments 20 42 10: rank 1 printed a line that is not in the expected form\n"
                + "  expected: \"Slave # 1 did job # 1\"\n"
                + "  but was:  \"Slave 1 did job 1\"\n"
                + "  first difference at column 7: expected '#' but was '1'");
    }

    @Test
    void runsThatDoNotEndAreJudgedByHowTheyEnded() throws Exception {
        assertThat(gradeFixture("masterslave-deadlock", "--visible-only").verdicts("masterslave"))
            .containsOnly("DEADLOCK");
        GradeRun missingStop = gradeFixture("masterslave-missing-stop", "--visible-only");
        assertThat(missingStop.verdicts("masterslave")).as(missingStop.runs("masterslave")).containsOnly("DEADLOCK");
        assertThat(missingStop.message("masterslave", 2)).contains("rank 1 waits in Send to rank 0 (tag 1) at MasterSlave.java:");
        GradeRun crash = gradeFixture("masterslave-crash-weights", "--visible-only");
        assertThat(crash.verdicts("masterslave")).as(crash.runs("masterslave")).containsOnly("CRASH");
        assertThat(crash.message("masterslave", 2)).startsWith(
            "masterslave at 2 ranks, arguments 20 42 10: rank 1 threw java.lang.ArrayIndexOutOfBoundsException: "
                + "Index 20 out of bounds for length 20 at MasterSlave.java:");
    }

    @Test
    void aMasterThatServesTheSlaveInTurnRatherThanTheOneThatAskedDeadlocksInEveryGrading() throws Exception {
        for (int grading = 0; grading < 3; grading++) {
            GradeRun run = gradeFixture("masterslave-next-slave-in-turn", "--visible-only");

            // Right only while the requests come in rank order: no matching the grader tries keeps them so.
            assertThat(run.verdicts("masterslave")).as(run.runs("masterslave"))
                .containsExactly("PASS", "DEADLOCK", "DEADLOCK", "DEADLOCK");
            assertThat(run.message("masterslave", 3)).as("grading %d", grading).isEqualTo(
                "masterslave at 3 ranks, arguments 20 42 10: deadlock: every rank that had not ended waited in an MPI "
                    + "call, and none could go on\n"
                    + "  rank 0 waits in Send to rank 2 (tag 2) at MasterSlave.java:29\n"
                    + "  rank 1 waits in Recv from rank 0 (tag 2) at MasterSlave.java:45\n"
                    + "  rank 2 waits in Send to rank 0 (tag 1) at MasterSlave.java:44\n"
                    + "  cycle: rank 0 waits for rank 2, rank 2 for rank 0: none of them can go on");
        }
    }
}
