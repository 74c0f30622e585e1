package org.mpjgrader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpjgrader.TestCourse;

/** Real MPJ Express runs in multicore mode, through the launcher, of small programs that each end one way. */
class LauncherTest {
    @TempDir
    Path temp;

    private MpjInstallation mpj;
    private Launcher launcher;

    @BeforeEach
    void setUp() {
        mpj = TestCourse.mpj(temp.resolve("cache"));
        launcher = new Launcher(mpj, Sandbox.detect(), temp.resolve("runs"));
    }

    private RunResult run(String program, String mainClass, int np, RunLimits limits, String... args) throws Exception {
        Path classes = TestCourse.compile(program, mpj, temp.resolve("classes-" + program));
        return launcher.run(new RunRequest(classes, mainClass, np, List.of(args), limits));
    }

    @ParameterizedTest(name = "{0} ranks")
    @ValueSource(ints = {1, 2, 3, 4, 8})
    void capturesEachRanksOutputSeparatelyAtEveryRankCount(int np) throws Exception {
        RunResult result = run("greet", "probe.Greet", np, RunLimits.DEFAULT, "a", "b");

        assertThat(result.ending()).isEqualTo(RunResult.Ending.COMPLETED);
        assertThat(result.ranks()).hasSize(np);
        for (int r = 0; r < np; r++) {
            RankOutput rank = result.rank(r);
            assertThat(rank.outcome().kind()).isEqualTo(RankOutcome.Kind.FINISHED);
            assertThat(rank.stdout().get(0)).isEqualTo("rank " + r + " of " + np + " args a,b");
            assertThat(rank.stdout().get(1)).startsWith("rank " + r + " done");
            assertThat(rank.stderr()).containsExactly("rank " + r + " on stderr");
            assertThat(rank.cpu()).isPositive();
        }
        assertThat(result.rank(0).stdout().get(1)).isEqualTo("rank 0 done sum " + np * (np - 1) / 2);
        assertThat(result.merged()).hasSize(3 * np);
        assertThat(result.programWall()).isLessThan(result.wall());
    }

    @Test
    void reportsTheExceptionAndTheStudentsLineOfACrashingRank() throws Exception {
        RunResult result = run("crash", "probe.Crash", 3, RunLimits.DEFAULT);

        // The other ranks wait for the crashed one in Finalize until the runner sees that nothing moves.
        assertThat(result.ending()).isEqualTo(RunResult.Ending.TIMED_OUT);
        assertThat(result.rank(0).outcome().stuck().mpiCall()).isEqualTo("Finalize");
        RankOutcome crashed = result.rank(2).outcome();
        assertThat(crashed.kind()).isEqualTo(RankOutcome.Kind.THREW);
        assertThat(crashed.exception()).isEqualTo(
            "java.lang.ArrayIndexOutOfBoundsException: Index 7 out of bounds for length 2");
        assertThat(crashed.where()).isEqualTo("Crash.java:12");
    }

    @Test
    void namesTheRankThatCalledSystemExitAndItsStatus() throws Exception {
        RunResult result = run("exit", "probe.Exit", 2, RunLimits.DEFAULT);

        assertThat(result.ending()).isEqualTo(RunResult.Ending.EXIT_CALLED);
        assertThat(result.exitRank()).isEqualTo(1);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.rank(0).outcome().ended()).isFalse();
    }

    @Test
    void aJvmThatHaltsEndsWithoutGoodbyeAndKeepsWhatWasPrinted() throws Exception {
        RunResult result = run("halt", "probe.Halt", 2, RunLimits.DEFAULT);

        assertThat(result.ending()).isEqualTo(RunResult.Ending.DIED);
        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.rank(0).stdout()).containsExactly("before halt");
        assertThat(result.command()).contains("org.mpjgrader.runner.RankRunner");
    }

    @Test
    void findsADeadlockLongBeforeTheTimeLimitAndSaysWhereEachRankWaits() throws Exception {
        RunResult result = run("deadlock", "probe.Deadlock", 3, RunLimits.DEFAULT.withWallTime(Duration.ofSeconds(30)));

        assertThat(result.ending()).isEqualTo(RunResult.Ending.TIMED_OUT);
        // Recognised by the open calls, not by the time limit (no wall bound: under load a run takes what it takes).
        assertThat(result.deadlocked()).isTrue();
        for (RankOutput rank : result.ranks()) {
            RankOutcome.Stuck stuck = rank.outcome().stuck();
            assertThat(stuck.mpiCall()).isEqualTo("Recv");
            assertThat(stuck.where()).isEqualTo("Deadlock.java:12");
            assertThat(stuck.busy()).isFalse();
        }
    }

    @Test
    void aBusyLoopRunsIntoTheTimeLimitAndIsToldApartFromWaiting() throws Exception {
        RunResult result = run("busy", "probe.Busy", 2, RunLimits.DEFAULT.withWallTime(Duration.ofSeconds(2)));

        assertThat(result.ending()).isEqualTo(RunResult.Ending.TIMED_OUT);
        assertThat(result.deadlocked()).isFalse();
        RankOutcome.Stuck spinning = result.rank(1).outcome().stuck();
        assertThat(spinning.busy()).isTrue();
        assertThat(spinning.where()).isEqualTo("Busy.java:13");
        RankOutcome.Stuck waiting = result.rank(0).outcome().stuck();
        assertThat(waiting.busy()).isFalse();
        assertThat(waiting.mpiCall()).isEqualTo("Barrier");
    }

    @Test
    void dropsOutputBeyondTheLimitAndSaysSo() throws Exception {
        RunResult result = run("flood", "probe.Flood", 2, RunLimits.DEFAULT.withOutputBytes(10_000));

        assertThat(result.ending()).isEqualTo(RunResult.Ending.COMPLETED);
        assertThat(result.outputDropped()).isTrue();
        assertThat(result.rank(0).stdout()).hasSize(100);
    }

    @Test
    void reportsThreadsLeftRunningAndStillEnds() throws Exception {
        RunResult result = run("lingering", "probe.Lingering", 2, RunLimits.DEFAULT);

        assertThat(result.ending()).isEqualTo(RunResult.Ending.COMPLETED);
        // COMPLETED, not TIMED_OUT: the run did not wait for the thread until the time limit.
        assertThat(result.lingering()).containsExactly(new LingeringThread(0, "forever", false, "Lingering.java:19"));
    }

    @Test
    void noProcessTheProgramStartedOutlivesTheRun() throws Exception {
        String marker = Long.toString(100_000 + ProcessHandle.current().pid() % 100_000);
        RunResult result = run("child", "probe.Child", 1, RunLimits.DEFAULT, marker);

        assertThat(result.rank(0).stdout()).containsExactly("child started");
        assertThat(Leftovers.processesMentioning("sleep " + marker)).isEmpty();
    }

    @Test
    void theProgramCannotReachAServiceOfTheMachineWhereTheMachineAllowsANamespace() throws Exception {
        try (ServerSocket service = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RunResult result = run("network", "probe.Network", 1, RunLimits.DEFAULT,
                Integer.toString(service.getLocalPort()));

            String expected = launcher.sandbox().isolatesNetwork() ? "no network: ConnectException" : "connected";
            assertThat(result.rank(0).stdout()).containsExactly(expected);
        }
    }

    @Test
    void linesThatImitateTheChannelAreOutputNotEvents() throws Exception {
        RunResult result = run("forge", "probe.Forge", 1, RunLimits.DEFAULT);

        // The forged BYE and END did not count: the program's System.exit ended the run.
        assertThat(result.ending()).isEqualTo(RunResult.Ending.EXIT_CALLED);
        assertThat(result.rank(0).stdout()).containsExactly("0\tBYE\t1\t0");
        assertThat(result.strayOutput()).containsExactly("guess\tEND\t0\tFINISHED\t1\t\t", "PASS");
        assertThat(result.rank(0).outcome().ended()).isFalse();
    }

    @Test
    void aDeadlockedRunLeavesNoProcessBehind() throws Exception {
        RunResult result = run("deadlock", "probe.Deadlock", 2, RunLimits.DEFAULT);

        assertThat(result.pid()).isPositive();
        assertThat(ProcessHandle.of(result.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aRankThatStartsThreadsWithoutEndIsStoppedAtTheThreadLimit() throws Exception {
        RunResult result = run("threads", "probe.Threads", 2, RunLimits.DEFAULT.withThreads(20));

        assertThat(result.ending()).isEqualTo(RunResult.Ending.TIMED_OUT);
        // Stopped by the thread limit, not by the time limit.
        assertThat(result.limitHit()).isEqualTo("threads");
    }

    @Test
    void leavesNoWorkingFolderBehind() throws Exception {
        run("greet", "probe.Greet", 2, RunLimits.DEFAULT);

        try (var left = Files.list(temp.resolve("runs"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aMissingMainClassIsReportedPerRank() throws Exception {
        RunResult result = run("greet", "probe.Missing", 2, RunLimits.DEFAULT);

        assertThat(result.ending()).isEqualTo(RunResult.Ending.COMPLETED);
        assertThat(result.rank(1).outcome().kind()).isEqualTo(RankOutcome.Kind.NO_CLASS);
    }
}
