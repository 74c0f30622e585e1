package org.mpjgrader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the grader hands a real sbatch, and how it reads scontrol's answer: no cluster needed. */
class SlurmJobRunnerTest {
    @TempDir
    Path temp;

    @Test
    void theHeaderIsEveryLineAboveTheFirstCommandButTheInterpreterLine() {
        List<String> header = SlurmJobRunner.header("""
            #!/bin/bash
            # a comment
            #SBATCH --ntasks=4

            #SBATCH --time=00:05:00
            echo start
            #SBATCH --mem=2G
            """);

        assertThat(header).containsExactly("# a comment", "#SBATCH --ntasks=4", "", "#SBATCH --time=00:05:00");
    }

    @Test
    void outputAndErrorFilesOutsideTheJobsFolderAreKeptInItUnderTheirOwnName() throws Exception {
        Path submit = Files.createDirectories(temp.resolve("submit"));

        List<String> overrides = SlurmJobRunner.fileOverrides(List.of("#SBATCH --output=/etc/cron.d/job-%j",
            "#SBATCH -e ../../err-%j.txt --job-name=x", "#SBATCH --output logs/out-%j.txt", "# --output=/not/a/directive"),
            submit);

        assertThat(overrides).containsExactly("--output=job-%j", "--error=err-%j.txt");
        assertThat(submit.resolve("logs")).isDirectory();
    }

    @Test
    void theWrapperRunsTheSandboxedScriptWithSlurmsVariablesAndNothingElseOfItsEnvironment() {
        String wrapper = SlurmJobRunner.wrapper(List.of("#SBATCH --ntasks=2"), List.of("/usr/bin/bwrap", "it's"),
            Map.of("HOME", "/job"));

        assertThat(wrapper).isEqualTo("""
            #!/bin/bash
            #SBATCH --ntasks=2
            # Written by the grader: the lines above are the student's, as submitted. Below, the student's script runs
            # in the grader's sandbox with SLURM's variables and nothing else of this job's environment.
            variables=()
            for name in ${!SLURM_@}; do variables+=("$name=${!name}"); done
            exec /usr/bin/env -i "${variables[@]}" 'HOME=/job' '/usr/bin/bwrap' 'it'\\''s'
            """);
    }

    @Test
    void scontrolsLineGivesStateExitStatusRunTimeAndTheExpandedFiles() {
        SlurmJobStatus status = SlurmJobStatus.parse("JobId=12 JobName=mandelbrot UserId=root(0) JobState=TIMEOUT "
            + "Reason=TimeLimit Dependency=(null) ExitCode=0:15 RunTime=00:01:02 TimeLimit=00:01:00 "
            + "StdErr=/jobs/submit/mandelbrot-12.err StdIn=/dev/null StdOut=/jobs/submit/mandelbrot-12.out").orElseThrow();

        assertThat(status).isEqualTo(new SlurmJobStatus("TIMEOUT", "TimeLimit", 128 + 15, Duration.ofSeconds(62),
            "/jobs/submit/mandelbrot-12.out", "/jobs/submit/mandelbrot-12.err"));
        assertThat(status.finished()).isTrue();
        assertThat(SlurmJobStatus.parse("JobId=12 JobState=COMPLETING").orElseThrow().finished()).isFalse();
        assertThat(SlurmJobStatus.runTime("1-00:00:05")).isEqualTo(Duration.ofDays(1).plusSeconds(5));
        assertThat(SlurmJobStatus.parse("slurm_load_jobs error: Invalid job id specified")).isEmpty();
    }

    @Test
    void aClusterIsFoundOnlyWithSbatchOnThePathAndAControllerThatAnswers() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path sbatch = Files.createFile(bin.resolve("sbatch"));
        sbatch.toFile().setExecutable(true);
        SlurmCluster.Commands up = (command, folder) -> new SlurmCluster.Reply(0, "Slurmctld(primary) at vm is UP\n", "");
        SlurmCluster.Commands down = (command, folder) -> new SlurmCluster.Reply(1, "", "Slurmctld(primary) at vm is DOWN");

        assertThat(SlurmCluster.find(up, bin.toString())).isPresent();
        assertThat(SlurmCluster.find(down, bin.toString())).isEmpty();
        assertThat(SlurmCluster.find(up, temp.toString())).isEmpty();
    }
}
