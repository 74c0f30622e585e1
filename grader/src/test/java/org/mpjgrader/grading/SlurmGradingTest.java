package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;
import org.mpjgrader.launch.SlurmCluster;

/**
 * Lesson 11 graded on a real SLURM (sbatch, slurmd), end to end through the command line's code path: the reference
 * script, and scripts SLURM itself refuses or ends. Skipped only where no cluster is reachable and
 * {@code MPJ_GRADER_REQUIRE_SLURM} is unset: {@code ci/test} sets it once {@code ci/install-slurm} started one, so CI
 * cannot skip these silently.
 */
// Its jobs wait in the queue and run past their time: no other test's job may take the node meanwhile.
@Order(2) // among the longest classes: started early, so that it does not run on alone at the end
@ResourceLock(SlurmGradingTest.CLUSTER)
class SlurmGradingTest {
    /** The lock of the tests that submit jobs to the real cluster, so that they do not wait for each other's. */
    static final String CLUSTER = "slurm-cluster";

    private static final Pattern JOB_NUMBER = Pattern.compile("mandelbrot-(\\d+)\\.");

    @TempDir
    Path temp;

    @BeforeAll
    static void aClusterIsReachable() {
        boolean required = System.getenv("MPJ_GRADER_REQUIRE_SLURM") != null;
        Assumptions.assumeTrue(required || SlurmCluster.find().isPresent(),
            "no SLURM cluster is reachable (ci/install-slurm starts one)");
    }

    private GradeRun grade(Path submission, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(submission.toString(), "--only", "hpc", "--seed", "7",
            "--scheduler", "slurm"));
        args.addAll(List.of(more));
        return GradeRun.of(temp.resolve("result.json"), args.toArray(String[]::new));
    }

    private static JsonNode theRun(GradeRun run) {
        JsonNode runs = run.exercise("hpc").get("runs");
        assertThat(runs).hasSize(1);
        return runs.get(0);
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
    void theReferenceScriptRunsOnTheRealSchedulerForFullMarks() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("solutions"));

        assertThat(run.verdicts("hpc")).as(run.out()).containsExactly("PASS");
        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("score").asDouble()).isEqualTo(2.0);
        assertThat(theRun(run).get("scheduler").asText()).isEqualTo("slurm");
        assertThat(theRun(run).get("np").asInt()).isEqualTo(8);
        assertThat(run.out()).contains("  hpc ran on SLURM (real sbatch)");
    }

    @Test
    void moreTasksThanTheNodeHasWouldWaitForeverAndSbatchSaysSo() throws Exception {
        GradeRun run = grade(submission("too-many", """
            #!/bin/bash
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err
            #SBATCH --time=00:05:00 --mem=2G --nodes=1 --ntasks=64
            mpjrun.sh -np $SLURM_NTASKS -dev multicore mandelbrot.Mandelbrot 100 100 -1.5 0.5 -1.0 1.0 100
            """));

        int cpus = nodeCpus();
        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(run.json().get("score").asDouble()).isZero();
        assertThat(theRun(run).get("scheduler").asText()).isEqualTo("slurm");
        assertThat(theRun(run).get("message").asText()).isEqualTo(
            "hpc (mandelbrot.slurm): sbatch refuses the script: the job would wait forever: it asks for 64 tasks, "
                + "the cluster's node has " + cpus + " CPUs\n"
                + "  sbatch: allocation failure: Requested node configuration is not available\n"
                + "  hint: ask for what one node has: at most " + cpus + " tasks (--ntasks) on 1 node\n"
                + "hpc (mandelbrot.slurm): the job did not run: sbatch refuses the script (see above)");
    }

    @Test
    void aPartitionTheClusterDoesNotHaveIsRefusedInSbatchsWords() throws Exception {
        GradeRun run = grade(submission("partition", """
            #!/bin/bash
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err --partition=gpu
            #SBATCH --time=00:05:00 --mem=2G --nodes=1 --ntasks=2
            mpjrun.sh -np $SLURM_NTASKS -dev multicore mandelbrot.Mandelbrot 100 100 -1.5 0.5 -1.0 1.0 100
            """));

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(theRun(run).get("message").asText()).isEqualTo(
            "hpc (mandelbrot.slurm): sbatch refuses the script: it says why below\n"
                + "  sbatch: error: invalid partition specified: gpu\n"
                + "  sbatch: allocation failure: Invalid partition name specified\n"
                + "hpc (mandelbrot.slurm): the job did not run: sbatch refuses the script (see above)");
    }

    @Test
    void theJobsOutputFileIsNamedByTheRealJobNumberAndItsErrorsAreShown() throws Exception {
        GradeRun run = grade(submission("no-ntasks", """
            #!/bin/bash
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err
            #SBATCH --time=00:05:00 --mem=2G --nodes=1 --ntasks=2
            echo "job $SLURM_JOB_ID: $SLURM_NTASKS tasks" >&2
            mpjrun.sh -np $SLURM_NTASKS -dev niodev mandelbrot.Mandelbrot 100 100 -1.5 0.5 -1.0 1.0 100
            """));

        String message = theRun(run).get("message").asText();
        Matcher number = JOB_NUMBER.matcher(message);
        assertThat(number.find()).as(message).isTrue();
        String id = number.group(1);
        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(message).endsWith(
            "hpc (mandelbrot.slurm): the job started no ranks: no mpjrun.sh call got as far as the program\n"
                + "  mandelbrot-" + id + ".err ends with:\n"
                + "    job " + id + ": 2 tasks\n"
                + "    mpjrun.sh: -dev niodev does not run here: a job on one node uses -dev multicore (niodev needs a "
                + "cluster's machines file)");
    }

    @Test
    void theJobsCommandsRunInTheGradersSandboxAndItsFilesStayInItsFolder() throws Exception {
        Path root = TestCourse.root().toAbsolutePath();
        GradeRun run = grade(submission("probe", """
            #!/bin/bash
            #SBATCH --job-name=mandelbrot --output=/tmp/slurm-escape-%j.out --error=%x-%j.err --input=/etc/hostname
            #SBATCH --time=00:05:00 --mem=2G --nodes=1 --ntasks=2
            test -e COURSE/solutions && echo "the course is visible" >&2 || echo "the course is hidden" >&2
            echo "home: $(basename "$HOME"), ranks: $SLURM_NTASKS, input: $(cat | wc -c) bytes" >&2
            touch /tmp/slurm-escape-probe 2>/dev/null && echo "wrote /tmp" >&2 || echo "cannot write /tmp" >&2
            """.replace("COURSE", root.toString())));

        String message = theRun(run).get("message").asText();
        Matcher number = JOB_NUMBER.matcher(message);
        assertThat(number.find()).as(message).isTrue();
        assertThat(message).endsWith("the job started no ranks: no mpjrun.sh call got as far as the program\n"
            + "  mandelbrot-" + number.group(1) + ".err ends with:\n"
            + "    the course is hidden\n"
            + "    home: submit, ranks: 2, input: 0 bytes\n"
            + "    cannot write /tmp");
        try (var left = Files.list(Path.of("/tmp"))) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("slurm-escape"))).isEmpty();
        }
    }

    @Test
    void aJobThatWaitsInTheQueueIsCancelledAtTheGradersLimit() throws Exception {
        GradeRun run = grade(submission("later", """
            #!/bin/bash
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err --begin=now+1hour
            #SBATCH --time=00:05:00 --mem=2G --nodes=1 --ntasks=2 --cpus-per-task=1
            mpjrun.sh -np $SLURM_NTASKS -dev multicore mandelbrot.Mandelbrot 100 100 -1.5 0.5 -1.0 1.0 100
            """), "--time-limit", "3");

        assertThat(run.verdicts("hpc")).as(run.runs("hpc")).containsExactly("FAIL");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1.0);
        assertThat(theRun(run).get("message").asText()).isEqualTo(
            "hpc (mandelbrot.slurm): the job never started: it still waited in the queue at the grader's limit "
                + "(SLURM's reason: BeginTime), and the grader cancelled it\n"
                + "  hint: a job that asks for what the cluster cannot give, or for a start time or another job it "
                + "waits for, waits forever; squeue -j JOBID shows why a job waits");
        assertThat(queue()).as("nothing of the job outlives the grading").isEmpty();
    }

    @Test
    void aJobPastItsTimeIsEndedBySlurm() throws Exception {
        // SLURM counts --time in whole minutes and looks every 30 s: this job ends after 60 to 90 s.
        GradeRun run = grade(submission("sleeper", """
            #!/bin/bash
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err
            #SBATCH --time=0:01 --mem=2G --nodes=1 --ntasks=2 --cpus-per-task=1
            echo "going to sleep" >&2
            sleep 150
            mpjrun.sh -np $SLURM_NTASKS -dev multicore mandelbrot.Mandelbrot 100 100 -1.5 0.5 -1.0 1.0 100
            """), "--time-limit", "140");

        String message = theRun(run).get("message").asText();
        assertThat(run.verdicts("hpc")).as(message).containsExactly("TIMEOUT");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1.0);
        Matcher number = JOB_NUMBER.matcher(message);
        assertThat(number.find()).as(message).isTrue();
        assertThat(message).startsWith("hpc (mandelbrot.slurm): the job ran past its --time limit (1 minute: SLURM "
                + "rounds a --time up to whole minutes), and SLURM cancelled it (state TIMEOUT)\n"
                + "  hint: ask for a little more time than the job needs\n"
                + "  mandelbrot-" + number.group(1) + ".err ends with:\n"
                + "    going to sleep\n")
            .contains("DUE TO TIME LIMIT");
    }

    @Test
    void aJobOverItsMemoryIsKilledBySlurm() throws Exception {
        // 200 MB held for 20 s: SLURM samples the job's memory every 2 s, so a short job could end unseen.
        GradeRun run = grade(submission("small", """
            #!/bin/bash
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err
            #SBATCH --time=00:05:00 --mem=20M --nodes=1 --ntasks=2 --cpus-per-task=1
            echo "reading the input" >&2
            input=$(head -c 200000000 /dev/zero | tr '\\0' x)
            sleep 20
            mpjrun.sh -np $SLURM_NTASKS -dev multicore mandelbrot.Mandelbrot 1000 1000 -1.5 0.5 -1.0 1.0 1000
            """));

        String message = theRun(run).get("message").asText();
        assertThat(run.verdicts("hpc")).as(message).containsExactly("RESOURCE_LIMIT");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1.0);
        Matcher number = JOB_NUMBER.matcher(message);
        assertThat(number.find()).as(message).isTrue();
        assertThat(message).startsWith("hpc (mandelbrot.slurm): the job used more memory than it reserved, and SLURM "
                + "killed it (state OUT_OF_MEMORY)\n"
                + "  hint: ask for the memory the ranks' JVM needs, its heap and more: #SBATCH --mem=2G\n"
                + "  mandelbrot-" + number.group(1) + ".err ends with:\n")
            .contains("Exceeded job memory limit");
    }

    /** The jobs SLURM still has in its queue or running. */
    private static String queue() throws Exception {
        Process squeue = new ProcessBuilder("squeue", "-h").start();
        String out = new String(squeue.getInputStream().readAllBytes()).strip();
        squeue.waitFor();
        return out;
    }

    private static int nodeCpus() throws Exception {
        Process sinfo = new ProcessBuilder("sinfo", "-h", "-o", "%c").start();
        String out = new String(sinfo.getInputStream().readAllBytes()).strip();
        sinfo.waitFor();
        return Integer.parseInt(out.lines().findFirst().orElseThrow().replace("+", ""));
    }
}
