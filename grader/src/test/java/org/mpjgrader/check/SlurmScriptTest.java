package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.spec.Course;

/** SLURM scripts read as sbatch reads them, the job SLURM makes of them, and the directives' messages. */
class SlurmScriptTest {
    private static final String SUBJECT = "hpc (mandelbrot.slurm)";
    /** Lesson 11's check as its package (course/hpc/exercise.yaml) says it. */
    private static final SlurmScriptCheck CHECK =
        (SlurmScriptCheck) Course.standard().find("hpc").orElseThrow().check();
    private static final JobOutputCheck JOB = new JobOutputCheck(CHECK.program());
    private static final String HEADER = """
        #!/bin/bash
        #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err
        #SBATCH --time=00:05:00 --mem=2G
        """;

    private static String directivesMessage(String script) {
        CheckResult result = CHECK.directives(SUBJECT, SlurmScript.parse(script), "mandelbrot.Mandelbrot", 1);
        return result.passed() ? "" : result.message();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--ntasks=8", "--ntasks 8", "-n 8", "-n8", "--nodes=1 --ntasks=8 # eight ranks"})
    void readsAnOptionInEveryFormSbatchTakes(String written) {
        SlurmScript script = SlurmScript.parse("#!/bin/bash\n#SBATCH " + written + "\nhostname\n");

        assertThat(script.count("ntasks")).contains(8);
        assertThat(script.directive("ntasks").orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void readsNoDirectiveAfterTheFirstCommandAndTheLastOfARepeatedOne() {
        SlurmScript script = SlurmScript.parse("""
            #!/bin/bash
            # a comment, and a blank line, are not commands

            #SBATCH -n 4
            #SBATCH --ntasks=6
            #SBATCHING is no directive
            cd "$SLURM_SUBMIT_DIR"
            #SBATCH --ntasks=8
            """);

        assertThat(script.count("ntasks")).contains(6);
        assertThat(script.firstCommand()).isEqualTo(7);
        assertThat(script.ignored()).containsExactly(new SlurmScript.Directive(8, "ntasks", "8", "--ntasks=8"));
    }

    @ParameterizedTest(name = "--time={0}")
    @CsvSource({"10, PT10M", "1:30, PT1M30S", "01:00:00, PT1H", "1-12, PT36H", "2-00:30, PT48H30M",
        "0-00:00:05, PT5S"})
    void readsEveryTimeFormatOfSbatch(String time, Duration expected) {
        assertThat(SlurmScript.parse("#!/bin/bash\n#SBATCH --time=" + time + "\n").timeLimit()).contains(expected);
    }

    @Test
    void findsTheLaunchLineContinuedQuotedAndBehindOtherCommands() {
        MpjrunLine launch = SlurmScript.parse("""
            #!/bin/bash
            echo start
            # mpjrun.sh -np 2 in a comment is no launch
            cd "$SLURM_SUBMIT_DIR" && $MPJ_HOME/bin/mpjrun.sh -np "${SLURM_NTASKS}" \\
                -dev multicore -cp classes mandelbrot.Mandelbrot 1000 1000 -1.5 0.5 -1.0 1.0 1000 > run.log 2>&1
            """).launch().orElseThrow();

        assertThat(launch.line()).isEqualTo(4);
        assertThat(launch.np()).isEqualTo("${SLURM_NTASKS}");
        assertThat(launch.npFromSlurm()).isTrue();
        assertThat(launch.device()).isEqualTo("multicore");
        assertThat(launch.mainClass()).isEqualTo("mandelbrot.Mandelbrot");
        assertThat(launch.arguments()).containsExactly("1000", "1000", "-1.5", "0.5", "-1.0", "1.0", "1000");
    }

    @Test
    void theJobGetsSlurmsVariablesOnlyForWhatTheScriptAsksAndItsFilesByPattern() {
        SlurmJob asked = SlurmJob.of(SlurmScript.parse(HEADER + "#SBATCH -N 1 -n 8 -c 1\n"), "mandelbrot.slurm");
        SlurmJob bare = SlurmJob.of(SlurmScript.parse("#!/bin/bash\n#SBATCH -e errors-%%-%j.txt\n"), "job.slurm");

        assertThat(asked.environment()).containsEntry("SLURM_NTASKS", "8").containsEntry("SLURM_CPUS_PER_TASK", "1")
            .containsEntry("SLURM_JOB_ID", "4242").containsEntry("SLURM_JOB_NAME", "mandelbrot")
            .containsEntry("SLURM_NNODES", "1");
        assertThat(asked.outputFile()).isEqualTo("mandelbrot-4242.out");
        assertThat(asked.errorFile()).isEqualTo("mandelbrot-4242.err");
        assertThat(bare.environment()).doesNotContainKeys("SLURM_NTASKS", "SLURM_CPUS_PER_TASK")
            .containsEntry("SLURM_JOB_NAME", "job.slurm");
        assertThat(bare.outputFile()).isEqualTo("slurm-4242.out");
        assertThat(bare.errorFile()).isEqualTo("errors-%-4242.txt");
        assertThat(bare.wallTime(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aCompleteScriptHasNoProblem() {
        assertThat(directivesMessage(HEADER + """
            #SBATCH --nodes=1 --ntasks=8
            mpjrun.sh -np $SLURM_NTASKS -dev multicore mandelbrot.Mandelbrot
            """)).isEmpty();
    }

    @Test
    void moreRanksThanTasksIsTheSameMismatch() {
        assertThat(directivesMessage(HEADER + """
            #SBATCH -N 1 -n 8
            mpjrun.sh -np 12 -dev multicore mandelbrot.Mandelbrot
            """)).isEqualTo(SUBJECT + ": -n 8 reserves 8 cores but the script starts 12 ranks (-np 12): use -np "
            + "$SLURM_NTASKS\n  hint: fewer ranks than reserved cores leave cores idle that other jobs wait for; "
            + "more ranks than cores oversubscribe them, and every rank slows down");
    }

    @Test
    void theRightCountWrittenByHandIsStillToldToFollowTheReservation() {
        assertThat(directivesMessage(HEADER + """
            #SBATCH --nodes=1 --ntasks=8
            mpjrun.sh -np 8 -dev multicore mandelbrot.Mandelbrot
            """)).isEqualTo(SUBJECT + ": -np 8 repeats --ntasks=8 by hand: use -np $SLURM_NTASKS, so that the ranks "
            + "follow the reservation when it changes");
    }

    @Test
    void aLaunchWithoutNpOrWithAnotherVariableDoesNotTakeTheTaskCount() {
        String header = HEADER + "#SBATCH --nodes=1 --ntasks=8\n";

        assertThat(directivesMessage(header + "mpjrun.sh -dev multicore mandelbrot.Mandelbrot\n")).startsWith(
            SUBJECT + ": the launch line has no -np: mpjrun.sh then starts one rank per core of the node, not one per "
                + "reserved task: use -np $SLURM_NTASKS\n");
        assertThat(directivesMessage(header + "mpjrun.sh -np $SLURM_CPUS_ON_NODE mandelbrot.Mandelbrot\n")).isEqualTo(
            SUBJECT + ": -np $SLURM_CPUS_ON_NODE is not the job's task count: use -np $SLURM_NTASKS");
    }

    @Test
    void severalNodesForMulticoreRanksAndAnotherProgramAreNamed() {
        assertThat(directivesMessage(HEADER + """
            #SBATCH --nodes=2 --ntasks=8
            mpjrun.sh -np $SLURM_NTASKS -dev multicore hello.HelloWorld
            """)).isEqualTo(SUBJECT + ": --nodes=2 spreads the job over 2 nodes, but -dev multicore starts every rank "
            + "on the first one\n"
            + "  also: the launch line (line 5) runs hello.HelloWorld, not mandelbrot.Mandelbrot\n"
            + "  hint: use --nodes=1 (across nodes MPJ Express needs its cluster mode, -dev niodev)");
    }

    @Test
    void aScriptWithoutItsInterpreterLineOrWithUnreadableValuesIsRefused() {
        SlurmScript script = SlurmScript.parse("""
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err
            #SBATCH --time=5min --mem=2G --nodes=1 --ntasks=eight
            mpjrun.sh -np $SLURM_NTASKS -dev multicore mandelbrot.Mandelbrot
            """);

        assertThat(CHECK.accepted(script, "mandelbrot.Mandelbrot")).isFalse();
        assertThat(directivesMessage(String.join("\n", script.lines()))).isEqualTo(SUBJECT
            + ": the first line is not #!/bin/bash, and sbatch refuses a script that does not start with #! and its "
            + "interpreter\n"
            + "  also: --ntasks=eight is not a count sbatch reads\n"
            + "  also: --time=5min is not a time sbatch reads\n"
            + "  hint: write minutes, MM:SS, HH:MM:SS or D-HH:MM:SS: --time=00:05:00");
    }

    @Test
    void anEmptyScriptIsNoAttempt() {
        assertThat(CHECK.attempted(SlurmScript.parse("#!/bin/bash\n# TODO\necho hello\n"))).isFalse();
        assertThat(CHECK.attempted(SlurmScript.parse("#!/bin/bash\necho hello\n#SBATCH -n 2\n"))).isTrue();
    }

    @Test
    void theReferenceRunsOnlyForTheProgramsArgumentsUpToTheTasksSize() {
        assertThat(JOB.unusable(List.of("1000", "1000", "-1.5", "0.5", "-1.0", "1.0", "1000", "m.pgm")))
            .isEmpty();
        assertThat(JOB.unusable(List.of())).isEmpty();
        assertThat(JOB.unusable(List.of("1000", "x"))).isEqualTo(Optional.of(
            "\"x\" is not a positive whole number (the program takes nr ni rei ref imi imf imax [image.pgm])"));
        assertThat(JOB.unusable(List.of("4000", "4000"))).isEqualTo(Optional.of("the grader checks jobs "
            + "of at most 1000 x 1000 pixels and 1000 iterations (nr * ni * imax <= 10^9), as the task's"));
    }
}
