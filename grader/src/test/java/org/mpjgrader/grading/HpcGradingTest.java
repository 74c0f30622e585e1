package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * Lesson 11 graded end to end through the command line's code path: the batch script's directives read as sbatch
 * reads them, and the job run as SLURM would on one node, with real MPJ Express runs of the job's program and of
 * the reference for the job's arguments. One run per submission, 2 points: directives 1, job 1.
 */
class HpcGradingTest {
    @TempDir
    Path temp;

    private GradeRun grade(Path submission) throws Exception {
        // The simulation's job number (4242) and its own --time in seconds are in these messages: the real
        // scheduler's grading is SlurmGradingTest's.
        return GradeRun.of(temp.resolve("result.json"), submission.toString(), "--only", "hpc", "--seed", "7",
            "--scheduler", "simulation");
    }

    /** A fixture holds only its batch script; the program it runs is the reference Mandelbrot. */
    private GradeRun gradeFixture(String name) throws Exception {
        Path submission = Files.createDirectories(temp.resolve(name));
        Files.copy(TestCourse.submission(name).resolve("mandelbrot.slurm"), submission.resolve("mandelbrot.slurm"));
        Files.createDirectories(submission.resolve("mandelbrot"));
        Files.copy(TestCourse.root().resolve("solutions/src/main/java/mandelbrot/Mandelbrot.java"),
            submission.resolve("mandelbrot/Mandelbrot.java"));
        return grade(submission);
    }

    /** The exercise's one run. */
    private static JsonNode theRun(GradeRun run) {
        JsonNode runs = run.exercise("hpc").get("runs");
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    private static String message(GradeRun run) {
        return theRun(run).get("message").asText();
    }

    private static List<String> arguments(GradeRun run) {
        List<String> arguments = new ArrayList<>();
        theRun(run).get("arguments").forEach(a -> arguments.add(a.asText()));
        return arguments;
    }

    /** A submission of the reference Mandelbrot program and {@code script} as mandelbrot.slurm. */
    private Path submission(String name, String script) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name).resolve("mandelbrot"));
        Files.copy(TestCourse.root().resolve("solutions/src/main/java/mandelbrot/Mandelbrot.java"),
            folder.resolve("Mandelbrot.java"));
        Files.writeString(folder.getParent().resolve("mandelbrot.slurm"), script);
        return folder.getParent();
    }

    @Test
    void theReferenceScriptRunsEightRanksAtTheTasksSizeForFullMarks() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("solutions"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(2.0);
        assertThat(theRun(run).get("np").asInt()).isEqualTo(8);
        assertThat(arguments(run)).containsExactly("1000", "1000", "-1.5", "0.5", "-1.0", "1.0", "1000");
    }

    @Test
    void theUntouchedSkeletonIsNotImplementedAndNotRun() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("exercises"));

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("NOT_IMPLEMENTED");
        assertThat(message(run)).isEqualTo(
            "hpc: mandelbrot.slurm has no #SBATCH directive and no line that runs mpjrun.sh\n"
                + "  complete the TODOs in mandelbrot.slurm (the task is in exercises/tasks/hpc.md)");
        assertThat(theRun(run).get("wall_s").asDouble()).isZero();
    }

    @Test
    void aSubmissionWithoutTheScriptIsNotImplemented() throws Exception {
        GradeRun run = grade(TestCourse.submission("mandelbrot-correct-gather"));

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("NOT_IMPLEMENTED");
        assertThat(message(run)).isEqualTo("hpc: the submission has no mandelbrot.slurm; complete the TODOs in "
            + "mandelbrot.slurm (the task is in exercises/tasks/hpc.md)");
    }

    @Test
    void shortOptionsSeveralOnALineAndArgumentsOfItsOwnPass() throws Exception {
        GradeRun run = gradeFixture("hpc-correct");

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(2.0);
        assertThat(theRun(run).get("np").asInt()).isEqualTo(3);
        assertThat(arguments(run)).containsExactly("600", "400", "-2.0", "1.0", "-1.2", "1.2", "500");
    }

    @Test
    void withoutNtasksTheJobStartsNoRankAndTheErrorFileSaysWhy() throws Exception {
        GradeRun run = gradeFixture("hpc-missing-ntasks");

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(run.json().get("score").asDouble()).isZero();
        assertThat(message(run)).isEqualTo(
            "hpc (mandelbrot.slurm): no #SBATCH --ntasks: the job reserves a single task, and SLURM_NTASKS is not set\n"
                + "  hint: reserve one core per rank on one node: #SBATCH --nodes=1 --ntasks=8 --cpus-per-task=1\n"
                + "hpc (mandelbrot.slurm): the job started no ranks: no mpjrun.sh call got as far as the program\n"
                + "  mandelbrot-4242.err ends with:\n"
                + "    mpjrun.sh: -np needs a number of processes, but got '-dev': is the variable after -np empty?");
    }

    @Test
    void aRankCountWrittenByHandThatDiffersFromTheReservationLosesTheDirectivesPoint() throws Exception {
        GradeRun run = gradeFixture("hpc-np-mismatch");

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1.0);
        assertThat(theRun(run).get("np").asInt()).isEqualTo(4);
        assertThat(message(run)).isEqualTo("hpc (mandelbrot.slurm): --ntasks=8 reserves 8 cores but the script "
            + "starts 4 ranks (-np 4): use -np $SLURM_NTASKS\n"
            + "  hint: fewer ranks than reserved cores leave cores idle that other jobs wait for; more ranks than "
            + "cores oversubscribe them, and every rank slows down");
    }

    @Test
    void withoutOutputTheJobWritesToSlurmsDefaultFileWhereTheChecksumIsStillFound() throws Exception {
        GradeRun run = gradeFixture("hpc-no-output");

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1.0);
        assertThat(message(run)).isEqualTo(
            "hpc (mandelbrot.slurm): no #SBATCH --output: the job's output goes to slurm-%j.out\n"
                + "  hint: name the files after the job: #SBATCH --output=%x-%j.out --error=%x-%j.err");
    }

    @Test
    void severalCoresPerTaskForSingleThreadedRanksAreCountedAsIdle() throws Exception {
        GradeRun run = gradeFixture("hpc-cpus-per-task");

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1.0);
        assertThat(message(run)).isEqualTo("hpc (mandelbrot.slurm): --cpus-per-task=4 reserves 4 cores for each "
            + "rank, but a rank in multicore mode is one thread: 24 of the 32 reserved cores would sit idle\n"
            + "  hint: use --cpus-per-task=1: one core per rank");
    }

    @Test
    void directivesAfterTheFirstCommandAreIgnoredAsSlurmDoes() throws Exception {
        GradeRun run = gradeFixture("hpc-late-directives");

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(run.json().get("score").asDouble()).isZero();
        assertThat(message(run)).isEqualTo(
            "hpc (mandelbrot.slurm): SLURM ignores the #SBATCH lines after the first command (line 9): line 10\n"
                + "  also: no #SBATCH --nodes=1: SLURM may spread the tasks over several nodes, but -dev multicore "
                + "runs every rank on the first one\n"
                + "  also: no #SBATCH --ntasks: the job reserves a single task, and SLURM_NTASKS is not set\n"
                + "  hint: put every #SBATCH line above the first command of the script\n"
                + "  hint: reserve one core per rank on one node: #SBATCH --nodes=1 --ntasks=8 --cpus-per-task=1\n"
                + "hpc (mandelbrot.slurm): the job started no ranks: no mpjrun.sh call got as far as the program\n"
                + "  mandelbrot-4242.err ends with:\n"
                + "    mpjrun.sh: -np needs a number of processes, but got '': is the variable after -np empty?");
    }

    @Test
    void aWrongProgramGetsTheDirectivesPointAndTheChecksumsDifference() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("remainder-bug/mandelbrot"));
        Files.copy(TestCourse.submission("mandelbrot-remainder-bug").resolve("mandelbrot/Mandelbrot.java"),
            submission.resolve("Mandelbrot.java"));
        Files.copy(TestCourse.submission("hpc-correct").resolve("mandelbrot.slurm"),
            submission.getParent().resolve("mandelbrot.slurm"));

        GradeRun run = grade(submission.getParent());

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1.0);
        assertThat(message(run)).startsWith("hpc (mandelbrot.slurm): the job's output file mandelbrot-4242.out has "
            + "the wrong checksum (tolerance: relative 5e-5)\n  expected: \"Checksum: ");
    }

    @Test
    void aScriptSbatchWouldRefuseIsNotRun() throws Exception {
        GradeRun run = grade(submission("windows", """
            #!/bin/bash\r
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err\r
            #SBATCH --time=00:05:00 --mem=2G --nodes=1 --ntasks=2\r
            mpjrun.sh -np $SLURM_NTASKS -dev multicore mandelbrot.Mandelbrot\r
            """));

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(run.json().get("score").asDouble()).isZero();
        assertThat(message(run)).isEqualTo(
            "hpc (mandelbrot.slurm): the script has Windows line ends (\\r\\n), which sbatch refuses\n"
                + "  hint: convert it with dos2unix mandelbrot.slurm\n"
                + "hpc (mandelbrot.slurm): the job did not run: sbatch would refuse the script (see above)");
    }

    @Test
    void aJobThatRunsPastItsTimeIsCancelledAsSlurmDoes() throws Exception {
        GradeRun run = grade(submission("sleeper", """
            #!/bin/bash
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err
            #SBATCH --time=0:02 --mem=2G --nodes=1 --ntasks=2 --cpus-per-task=1
            sleep 60 &
            echo "going to sleep" >&2
            sleep 60
            mpjrun.sh -np $SLURM_NTASKS -dev multicore -cp classes mandelbrot.Mandelbrot 100 100 -1.5 0.5 -1.0 1.0 100
            """));

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("TIMEOUT");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1.0);
        assertThat(theRun(run).get("wall_s").asDouble()).isBetween(1.9, 10.0);
        assertThat(message(run)).isEqualTo("hpc (mandelbrot.slurm): the job ran past its --time limit (2 s), and "
            + "SLURM cancels a job there\n"
            + "  hint: ask for a little more time than the job needs\n"
            + "  mandelbrot-4242.err ends with:\n"
            + "    going to sleep");
    }
}
