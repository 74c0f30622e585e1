package org.mpjgrader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpjgrader.TestCourse;

/** Warm JVMs: runs of one submission share a JVM, each starts as in a fresh one, and a run that spoils it retires it. */
class RunPoolTest {
    private static final String CLEAN = "runs 1 files [] property null";

    @TempDir
    Path temp;

    private MpjInstallation mpj;
    private Launcher launcher;
    private Path state;

    @BeforeEach
    void setUp() throws Exception {
        mpj = TestCourse.mpj(temp.resolve("cache"));
        launcher = new Launcher(mpj, Sandbox.detect(), temp.resolve("runs"));
        state = TestCourse.compile("state", mpj, temp.resolve("classes-state"));
    }

    private RunResult run(RunPool pool, Path classes, String mainClass, int np, String... args) {
        return pool.run(new RunRequest(classes, mainClass, np, List.of(args), RunLimits.DEFAULT));
    }

    private static String firstLine(RunResult result) {
        assertThat(result.ending()).isEqualTo(RunResult.Ending.COMPLETED);
        assertThat(result.allRanksFinished()).isTrue();
        return result.rank(0).stdout().get(0);
    }

    @Test
    void runsOfOneSubmissionShareOneJvmAndEachFindsItAsNew() {
        try (RunPool pool = launcher.pool()) {
            RunResult first = run(pool, state, "probe.State", 1, "file");
            assertThat(first.jvmStart()).isPositive();
            for (int np : new int[] {1, 2, 3, 4, 8, 4}) {
                RunResult next = run(pool, state, "probe.State", np, "file");
                assertThat(firstLine(next)).isEqualTo(CLEAN);
                assertThat(next.jvmStart()).isZero();
            }
            assertThat(pool.jvmsStarted()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"property", "escape"})
    void aRunThatChangesTheJvmRetiresIt(String change) {
        try (RunPool pool = launcher.pool()) {
            run(pool, state, "probe.State", 2, change);
            assertThat(firstLine(run(pool, state, "probe.State", 2))).isEqualTo(CLEAN);
            assertThat(pool.jvmsStarted()).isEqualTo(2);
        }
    }

    @Test
    void aRunWithStuckRanksOrThreadsLeftRetiresTheJvm() throws Exception {
        Path deadlock = TestCourse.compile("deadlock", mpj, state);
        Path lingering = TestCourse.compile("lingering", mpj, state);
        assertThat(deadlock).isEqualTo(lingering);
        try (RunPool pool = launcher.pool()) {
            RunResult stuck = run(pool, state, "probe.Deadlock", 2);
            assertThat(stuck.ending()).isEqualTo(RunResult.Ending.TIMED_OUT);
            RunResult left = run(pool, state, "probe.Lingering", 2);
            assertThat(left.lingering()).containsExactly(new LingeringThread(0, "forever", false, "Lingering.java:19"));
            assertThat(firstLine(run(pool, state, "probe.State", 1))).isEqualTo(CLEAN);
            assertThat(pool.jvmsStarted()).isEqualTo(3);
        }
    }

    @Test
    void aRunThatEndsTheJvmIsReportedAndTheNextRunGetsAFreshOne() throws Exception {
        TestCourse.compile("exit", mpj, state);
        try (RunPool pool = launcher.pool()) {
            assertThat(firstLine(run(pool, state, "probe.State", 1))).isEqualTo(CLEAN);
            RunResult exit = run(pool, state, "probe.Exit", 2);
            assertThat(exit.ending()).isEqualTo(RunResult.Ending.EXIT_CALLED);
            assertThat(exit.exitCode()).isEqualTo(3);
            assertThat(firstLine(run(pool, state, "probe.State", 1))).isEqualTo(CLEAN);
            assertThat(pool.jvmsStarted()).isEqualTo(2);
        }
    }

    @Test
    void aJvmOutlivesTheThreadThatStartedIt() throws Exception {
        // The sandbox kills a child when the thread that started it ends: a grading's run thread started a JVM of
        // the reference solutions' pool, and the grading's end killed it while it ran another grading's run.
        try (RunPool pool = launcher.pool()) {
            Thread starter = new Thread(() -> run(pool, state, "probe.State", 1));
            starter.start();
            starter.join();
            Thread.sleep(1000);

            assertThat(firstLine(run(pool, state, "probe.State", 2))).isEqualTo(CLEAN);
            assertThat(pool.jvmsStarted()).isEqualTo(1);
        }
    }

    @Test
    void aRunAskedForANewJvmGetsOneWhichThenServesTheNextRuns() {
        try (RunPool pool = launcher.pool()) {
            run(pool, state, "probe.State", 1);

            RunResult fresh = pool.runInNewJvm(new RunRequest(state, "probe.State", 2, List.of(), RunLimits.DEFAULT));
            assertThat(firstLine(fresh)).isEqualTo(CLEAN);
            assertThat(fresh.jvmStart()).isPositive();
            assertThat(pool.jvmsStarted()).isEqualTo(2);
            run(pool, state, "probe.State", 1);
            run(pool, state, "probe.State", 1);
            assertThat(pool.jvmsStarted()).isEqualTo(2);
        }
    }

    @Test
    void anotherSubmissionsClassesNeverShareAJvm() throws Exception {
        Path other = TestCourse.compile("state", mpj, temp.resolve("classes-other"));
        try (RunPool pool = launcher.pool()) {
            assertThat(firstLine(run(pool, state, "probe.State", 1, "property"))).isEqualTo(CLEAN);
            assertThat(firstLine(run(pool, other, "probe.State", 1))).isEqualTo(CLEAN);
            assertThat(pool.jvmsStarted()).isEqualTo(2);
        }
    }

    @Test
    void closingThePoolEndsItsJvmsAndDeletesTheirFolders() throws Exception {
        Path runs = temp.resolve("runs");
        try (RunPool pool = launcher.pool()) {
            run(pool, state, "probe.State", 2);
            assertThat(Leftovers.processesMentioning(runs.toString())).isNotEmpty();
        }
        assertThat(Leftovers.processesMentioning(runs.toString())).isEmpty();
        try (var left = java.nio.file.Files.list(runs)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aJvmThatCannotStartIsReportedAsDiedWithItsExitCodeNotAsKilled() {
        Launcher broken = new Launcher(mpj, Path.of("/bin/false"), Sandbox.detect(), temp.resolve("runs-broken"));

        RunResult result = broken.run(new RunRequest(state, "probe.State", 1, List.of(), RunLimits.DEFAULT));

        assertThat(result.ending()).isEqualTo(RunResult.Ending.DIED);
        assertThat(result.started()).isFalse();
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.command()).contains("/bin/false");
    }
}
