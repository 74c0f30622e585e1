package org.mpjgrader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;

/** Batch scripts run as a scheduler would on one node, with the grader's mpjrun.sh and real MPJ Express runs. */
class ScriptRunnerTest {
    @TempDir
    Path temp;

    private MpjInstallation mpj;
    private ScriptRunner runner;
    private Path classes;

    @BeforeEach
    void setUp() throws Exception {
        mpj = TestCourse.mpj(temp.resolve("cache"));
        runner = new ScriptRunner(mpj, Sandbox.detect(), temp.resolve("jobs"));
        classes = TestCourse.compile("greet", mpj, temp.resolve("classes"));
    }

    private ScriptResult run(String script, Map<String, String> environment, String output, String error,
                             Duration limit) throws Exception {
        Path file = temp.resolve("job.slurm");
        Files.writeString(file, script);
        return runner.run(new ScriptRequest(file, classes, environment, output, error,
            RunLimits.DEFAULT.withWallTime(limit)));
    }

    @Test
    void theJobRunsInItsSubmitFolderWithItsEnvironmentAndItsOutputAndErrorsInTheirFiles() throws Exception {
        ScriptResult result = run("""
            #!/bin/bash
            echo "job $SLURM_JOB_ID in $(basename "$PWD") = $(basename "$SLURM_SUBMIT_DIR")"
            echo "to the error file" >&2
            """, Map.of("SLURM_JOB_ID", "4242"), "logs/out-4242.txt", "err-4242.txt", Duration.ofSeconds(10));

        assertThat(result.timedOut()).isFalse();
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("job 4242 in submit = submit\n");
        assertThat(result.error()).isEqualTo("to the error file\n");
        assertThat(result.launches()).isEmpty();
    }

    @Test
    void mpjrunRunsTheRequestedRanksInMulticoreModeAndRecordsTheExpandedCall() throws Exception {
        ScriptResult result = run("""
            #!/bin/bash
            N=2
            $MPJ_HOME/bin/mpjrun.sh -np $N -dev multicore -cp somewhere/else probe.Greet "a b" c 2>&1
            """, Map.of(), "job.out", "job.out", Duration.ofSeconds(20));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.launches()).containsExactly(new MpjLaunch(2, "multicore", "probe.Greet", List.of("a b", "c")));
        assertThat(result.output()).startsWith("MPJ Express (0.44) is started in the multicore configuration\n")
            .contains("rank 0 of 2 args a b,c", "rank 1 of 2 args a b,c", "rank 0 done sum 1");
    }

    @Test
    void mpjrunRefusesAnotherDeviceThanMulticoreAndStartsNothing() throws Exception {
        ScriptResult result = run("""
            #!/bin/bash
            mpjrun.sh -np 2 -dev niodev probe.Greet
            """, Map.of(), "job.out", "job.err", Duration.ofSeconds(10));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.launches()).isEmpty();
        assertThat(result.error()).isEqualTo("mpjrun.sh: -dev niodev does not run here: a job on one node uses "
            + "-dev multicore (niodev needs a cluster's machines file)\n");
    }

    @Test
    void aJobKilledAtItsLimitTakesItsWholeProcessGroupWithIt() throws Exception {
        String marker = Long.toString(600_000 + ProcessHandle.current().pid() % 100_000);
        ScriptResult result = run("""
            #!/bin/bash
            sleep %s &
            echo started
            wait
            """.formatted(marker), Map.of(), "job.out", "job.err", Duration.ofSeconds(1));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.output()).isEqualTo("started\n");
        assertThat(Leftovers.processesMentioning("sleep " + marker)).isEmpty();
        assertThat(result.error()).isEmpty();
    }

    @Test
    void aFileNamedOutsideTheJobsFolderLandsInItUnderItsOwnName() throws Exception {
        Path folder = temp.resolve("folder");

        assertThat(ScriptRunner.inside(folder, "/home/student/out.txt")).isEqualTo(folder.resolve("out.txt"));
        assertThat(ScriptRunner.inside(folder, "../../out.txt")).isEqualTo(folder.resolve("out.txt"));
        assertThat(ScriptRunner.inside(folder, "logs/out.txt")).isEqualTo(folder.resolve("logs/out.txt"));
    }
}
