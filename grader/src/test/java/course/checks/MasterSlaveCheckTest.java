package course.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.launch.OutputLine;
import org.mpjgrader.launch.RankOutcome;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunLimits;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.TestRuns;
import org.mpjgrader.result.CheckResult;

/**
 * The master-slave checks on outputs no fixture prints reliably (the schedule of a real run changes from run to
 * run): each rank's lines are given here, 4 jobs at 3 ranks unless said otherwise.
 */
class MasterSlaveCheckTest {
    private static final RunContext RUN = new RunContext("masterslave", 3, List.of("4", "42", "5"));
    private static final String ASSIGNED_ONCE = "each job assigned once";
    private static final String STOPPED_ONCE = "each slave stopped once";
    private static final String DONE_BY_SLAVE = "jobs done by their slaves";
    private static final String MASTER_NO_JOB = "master does no job";

    private final MasterSlaveCheck check = new MasterSlaveCheck();

    private static List<String> master(String... lines) {
        return List.of(lines);
    }

    private static String assigned(int job, int slave) {
        return "Master assigned job # " + job + " to slave # " + slave + " .";
    }

    private static String informed(int slave) {
        return "Master informed slave # " + slave + " no more jobs.";
    }

    private static String did(int slave, int job) {
        return "Slave # " + slave + " did job # " + job;
    }

    /** A run whose ranks printed {@code stdout} (rank 0 first); the merged order is rank by rank. */
    @SafeVarargs
    private static RunResult run(RunContext context, List<String>... stdout) {
        List<RankOutput> ranks = new ArrayList<>();
        List<OutputLine> merged = new ArrayList<>();
        for (int r = 0; r < stdout.length; r++) {
            ranks.add(new RankOutput(r, stdout[r], List.of(),
                new RankOutcome(RankOutcome.Kind.FINISHED, "", "", List.of(), null), Duration.ZERO));
            int rank = r;
            stdout[r].forEach(line -> merged.add(new OutputLine(rank, false, line)));
        }
        RunRequest request = new RunRequest(Path.of("."), "masterslave.MasterSlave", stdout.length,
            context.arguments(), RunLimits.DEFAULT);
        return TestRuns.completed(request, ranks, merged, Map.of());
    }

    private List<CheckResult> check(RunResult result) {
        return check.check(RUN, result, ReferenceOutput.none(), 2.0);
    }

    private static CheckResult named(List<CheckResult> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> failed(List<CheckResult> checks) {
        return checks.stream().filter(c -> !c.passed()).map(CheckResult::name).toList();
    }

    private static RunResult correct() {
        return run(RUN,
            master(assigned(1, 1), assigned(2, 2), assigned(3, 2), assigned(4, 1), informed(2), informed(1),
                "Time: 0.1 s"),
            List.of(did(1, 1), did(1, 4)),
            List.of(did(2, 2), did(2, 3)));
    }

    /**
     * Rows, as a package describes them (rows 0..ni-1 counted by the second argument, no weights): the lines, the
     * check names and the hint for rows numbered from 1 all say "row".
     */
    @Test
    void rowsNumberedFromZeroAreCheckedInTheirOwnWords() {
        MasterSlaveCheck rows = new MasterSlaveCheck(new HandedOutWork("row", 1, 200, 0, false));
        RunContext context = new RunContext("masterslave-mandelbrot", 2, List.of("6", "3", "-1.5"));
        RunResult right = run(context,
            master("Master assigned row # 0 to slave # 1 .", "Master assigned row # 1 to slave # 1 .",
                "Master assigned row # 2 to slave # 1 .", "Master informed slave # 1 no more rows."),
            List.of("Slave # 1 did row # 0", "Slave # 1 did row # 1", "Slave # 1 did row # 2"));
        List<CheckResult> checks = rows.check(context, right, ReferenceOutput.none(), 2.0);
        assertThat(checks).extracting(CheckResult::name).containsExactly("each row assigned once",
            "each slave stopped once", "rows done by their slaves", "master does no row",
            "each row sent to the slave that asked");
        assertThat(failed(checks)).isEmpty();

        RunResult fromOne = run(context,
            master("Master assigned row # 1 to slave # 1 .", "Master assigned row # 2 to slave # 1 .",
                "Master assigned row # 3 to slave # 1 .", "Master informed slave # 1 no more rows."),
            List.of("Slave # 1 did row # 1", "Slave # 1 did row # 2", "Slave # 1 did row # 3"));
        assertThat(named(rows.check(context, fromOne, ReferenceOutput.none(), 2.0), "each row assigned once")
            .message()).isEqualTo("masterslave-mandelbrot at 2 ranks, arguments 6 3 -1.5: rank 0 did not assign "
                + "each row 0..2 exactly once\n"
                + "  never assigned: row 0\n"
                + "  not a row (rows are numbered 0..2): row 3\n"
                + "  hint: rows are numbered from 0 to 2, not from 1");
    }

    @Test
    void aCorrectRunPassesFiveChecksThatShareThePoints() {
        List<CheckResult> checks = check(correct());

        // No calls were recorded for this made-up run: the assignment log has nothing to object to.
        assertThat(checks).extracting(CheckResult::name)
            .containsExactly(ASSIGNED_ONCE, STOPPED_ONCE, DONE_BY_SLAVE, MASTER_NO_JOB, MasterSlaveCheck.ON_REQUEST);
        assertThat(checks).allMatch(CheckResult::passed);
        assertThat(checks).extracting(CheckResult::maxPoints).containsOnly(0.4);
        assertThat(check.needsReference()).isTrue(); // the reference's run time, for the makespan
        assertThat(check.attempted(correct())).isTrue();
    }

    @Test
    void onlyATimingLineIsNoAttempt() {
        assertThat(check.attempted(run(RUN, master("Time: 0.1 s"), List.of(), List.of()))).isFalse();
    }

    @Test
    void missingDuplicateAndMisdirectedJobsAreNamed() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), assigned(2, 1), assigned(4, 5), assigned(7, 2), informed(1),
                informed(2)),
            List.of(did(1, 1), did(1, 2)),
            List.of(did(2, 2), did(2, 7))));

        assertThat(failed(checks)).containsExactly(ASSIGNED_ONCE);
        assertThat(named(checks, ASSIGNED_ONCE).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: rank 0 did not assign each job 1..4 exactly once to a slave\n"
                + "  never assigned: job 3\n"
                + "  assigned more than once: job 2 (2 times, to slaves 2, 1)\n"
                + "  not a job (jobs are numbered 1..4): job 7\n"
                + "  assigned to slave # 5, but the slaves are ranks 1..2: job 4");
    }

    @Test
    void everySlaveIsToldToStopOnceAndGetsNoJobAfterThat() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), informed(1), assigned(3, 1), assigned(4, 2), informed(1)),
            List.of(did(1, 1), did(1, 3)),
            List.of(did(2, 2), did(2, 4))));

        assertThat(failed(checks)).containsExactly(STOPPED_ONCE);
        assertThat(named(checks, STOPPED_ONCE).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: rank 0 did not tell each slave 1..2 to stop exactly once, "
                + "after its last job\n"
                + "  never told to stop: slave 2\n"
                + "  told to stop more than once: slave 1 (2 times)\n"
                + "  given a job after being told to stop: job 3 to slave # 1");
    }

    @Test
    void aJobReportedByAnotherSlaveThanItsOwnIsCaughtOnBothRanks() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), assigned(3, 2), assigned(4, 1), informed(2), informed(1)),
            List.of(did(1, 1), did(1, 4), did(1, 2)),
            List.of(did(2, 3))));

        assertThat(failed(checks)).containsExactly(DONE_BY_SLAVE);
        assertThat(named(checks, DONE_BY_SLAVE).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: rank 1 reported job 2 that rank 0 did not assign to it "
                + "(job 2 went to slave 2)\n"
                + "  the line: \"Slave # 1 did job # 2\"\n"
                + "  also rank 2: did not report job 2 that rank 0 assigned to it (rank 1 reported job 2)\n"
                + "  hint: a slave does the jobs the master sends it, each once");
    }

    @Test
    void aSlaveLineInTheWrongFormIsShownAgainstTheLineItShouldHaveBeen() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), assigned(3, 2), assigned(4, 1), informed(2), informed(1)),
            List.of(did(1, 1), did(1, 4)),
            List.of("Slave 2 did job 2", "Slave 2 did job 3")));

        assertThat(failed(checks)).containsExactly(DONE_BY_SLAVE);
        assertThat(named(checks, DONE_BY_SLAVE).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: rank 2 did not report jobs 2 and 3 that rank 0 assigned to it\n"
                + "  expected: \"Slave # 2 did job # 2\"\n"
                + "  but was:  \"Slave 2 did job 2\"\n"
                + "  first difference at column 7: expected '#' but was '2'");
    }

    @Test
    void otherLinesOfASlaveThatReportsItsJobsAreItsOwnBusiness() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), assigned(3, 2), assigned(4, 1), informed(2), informed(1)),
            List.of("slave 1 did its first request", did(1, 1), "got job 4", did(1, 4)),
            List.of(did(2, 2), did(2, 3), "Slave 2 did 2 jobs")));

        assertThat(checks).allMatch(CheckResult::passed);
    }

    @Test
    void aJobDoneTwiceIsCaught() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), assigned(3, 2), assigned(4, 1), informed(2), informed(1)),
            List.of(did(1, 1), did(1, 4), did(1, 4)),
            List.of(did(2, 2), did(2, 3))));

        assertThat(named(checks, DONE_BY_SLAVE).message()).startsWith(
            "masterslave at 3 ranks, arguments 4 42 5: rank 1 reported job 4 2 times, but was given it once\n");
    }

    @Test
    void aSlaveThatPrintsAnotherRankIsToldToPrintItsOwn() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), assigned(3, 2), assigned(4, 1), informed(2), informed(1)),
            List.of(did(1, 1), did(1, 4)),
            List.of(did(1, 2), did(1, 3))));

        assertThat(failed(checks)).containsExactly(DONE_BY_SLAVE);
        assertThat(named(checks, DONE_BY_SLAVE).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: rank 2 reports jobs as slave # 1\n"
                + "  expected: \"Slave # 2 did job # 2\"\n"
                + "  but was:  \"Slave # 1 did job # 2\"\n"
                + "  first difference at column 9: expected '2' but was '1'\n"
                + "  hint: a slave prints its own rank, the one MPI.COMM_WORLD.Rank() returns");
    }

    @Test
    void theMastersLinesMustComeFromRankZero() {
        RunResult result = run(RUN,
            master(),
            List.of(assigned(1, 1), informed(1)),
            List.of());

        List<CheckResult> checks = check(result);

        assertThat(named(checks, ASSIGNED_ONCE).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: rank 0 printed no \"Master assigned\" line\n"
                + "  expected: \"Master assigned job # J to slave # R .\"\n"
                + "  but was:  nothing\n"
                + "  rank 1 printed \"Master assigned\" lines; only rank 0, the master, prints them");
        assertThat(named(checks, STOPPED_ONCE).message()).endsWith(
            "  rank 1 printed \"Master informed\" lines; only rank 0, the master, prints them");
    }

    @Test
    void aSlaveThatPrintsTheMastersLinesToo() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), assigned(3, 2), assigned(4, 1), informed(2), informed(1)),
            List.of(did(1, 1), did(1, 4)),
            List.of(did(2, 2), did(2, 3), assigned(5, 2), informed(2))));

        assertThat(failed(checks)).containsExactly(ASSIGNED_ONCE, STOPPED_ONCE);
        assertThat(named(checks, ASSIGNED_ONCE).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: rank 2 printed \"Master assigned\" lines; only rank 0, "
                + "the master, prints them");
    }

    @Test
    void aMasterLineInTheWrongFormIsShownWithTheLineItShouldHaveBeenAndNotBlamedOnTheSlaves() {
        List<CheckResult> checks = check(run(RUN,
            master("Master assigned job 1 to slave 1", "Master assigned job 2 to slave 2",
                "Master assigned job 3 to slave 2", "Master assigned job 4 to slave 1", informed(2), informed(1)),
            List.of(did(1, 1), did(1, 4)),
            List.of(did(2, 2), did(2, 3))));

        assertThat(failed(checks)).containsExactly(ASSIGNED_ONCE);
        assertThat(named(checks, ASSIGNED_ONCE).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: rank 0 printed no \"Master assigned\" line\n"
                + "  expected: \"Master assigned job # 1 to slave # 1 .\"\n"
                + "  but was:  \"Master assigned job 1 to slave 1\"\n"
                + "  first difference at column 21: expected '#' but was '1'");
    }

    @Test
    void oneLineInTheWrongFormAmongRightOnesIsNamed() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), "Master assigned job #3 to slave #2", assigned(4, 1), informed(2),
                informed(1)),
            List.of(did(1, 1), did(1, 4)),
            List.of(did(2, 2), did(2, 3))));

        assertThat(failed(checks)).containsExactly(ASSIGNED_ONCE);
        assertThat(named(checks, ASSIGNED_ONCE).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: rank 0 did not assign each job 1..4 exactly once\n"
                + "  never assigned: job 3\n"
                + "  1 line not in the expected form, the first \"Master assigned job #3 to slave #2\"");
    }

    @Test
    void aSlaveLabelledZeroIsTheMastersCheck() {
        List<CheckResult> checks = check(run(RUN,
            master(assigned(1, 1), assigned(2, 2), assigned(3, 2), assigned(4, 1), informed(2), informed(1)),
            List.of(did(1, 1), did(1, 4)),
            List.of(did(2, 2), did(2, 3), did(0, 3))));

        assertThat(failed(checks)).containsExactly(MASTER_NO_JOB);
        assertThat(named(checks, MASTER_NO_JOB).message()).isEqualTo(
            "masterslave at 3 ranks, arguments 4 42 5: a slave reports jobs as slave # 0, which is the master\n"
                + "  expected: \"Slave # R did job # J (R = the slave's own rank, 1..2)\"\n"
                + "  but was:  \"Slave # 0 did job # 3\"\n"
                + "  first difference at column 9: expected 'R' but was '0'");
    }

    @Test
    void atTwoRanksTheOnlySlaveIsNamedAsSuch() {
        RunContext two = new RunContext("masterslave", 2, List.of("2", "1", "5"));
        List<CheckResult> checks = check.check(two, run(two,
            master(assigned(1, 1), assigned(2, 2), informed(1), informed(2)),
            List.of(did(1, 1))), ReferenceOutput.none(), 2.0);

        assertThat(named(checks, ASSIGNED_ONCE).message()).endsWith(
            "  assigned to slave # 2, but the only slave is rank 1: job 2");
        assertThat(named(checks, STOPPED_ONCE).message()).startsWith(
            "masterslave at 2 ranks, arguments 2 1 5: rank 0 did not tell slave 1 to stop exactly once");
    }

    @Test
    void longListsAreCut() {
        RunContext many = new RunContext("masterslave", 3, List.of("30", "1", "5"));
        List<String> rank0 = new ArrayList<>();
        IntStream.rangeClosed(1, 10).forEach(j -> rank0.add(assigned(j, 1)));
        rank0.add(informed(1));
        rank0.add(informed(2));
        List<String> rank1 = IntStream.rangeClosed(1, 10).mapToObj(j -> did(1, j)).toList();

        List<CheckResult> checks = check.check(many, run(many, rank0, rank1, List.of()), ReferenceOutput.none(), 2.0);

        assertThat(named(checks, ASSIGNED_ONCE).message()).endsWith(
            "  never assigned: jobs 11, 12, 13, 14, 15, 16, 17, 18 and 12 more");
    }
}
