package org.mpjgrader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.mpjgrader.TestCourse;
import org.mpjgrader.cli.Main;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.launch.SlurmCluster;

/**
 * {@code grade batch --slurm} on the real cluster ({@code ci/install-slurm}'s one node): a class of 12 graded as a
 * job array of 3 shares gives the gradebook of one machine with the same seed, and a share whose task is cancelled
 * is submitted again, so that every student is still graded, and so is a class whose node's {@code slurmd} is killed
 * midway and started again. Skipped only where no cluster is reachable and
 * {@code MPJ_GRADER_REQUIRE_SLURM} is unset.
 */
// It stops the node's slurmd midway: no other test may use the cluster meanwhile, nor any grading grade hpc.
@Isolated
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlurmBatchTest {
    private static final String[] COMMON = {"--only", "hello,p2p", "--time-limit", "10", "--seed", "11",
        "--no-similarity"};
    private static final List<String> BROKEN = List.of("hello-wrong-size", "p2p-wrong-order");
    private static final Pattern ARRAY = Pattern.compile("job array (\\d+) \\(3 shares");

    private Path temp;
    private Path klass;
    private String oneMachine;

    @BeforeAll
    void gradeTheClassOnOneMachine(@TempDir Path folder) throws Exception {
        boolean required = System.getenv("MPJ_GRADER_REQUIRE_SLURM") != null;
        Assumptions.assumeTrue(required || SlurmCluster.find().isPresent(),
            "no SLURM cluster is reachable (ci/install-slurm starts one)");
        temp = folder;
        klass = Files.createDirectories(temp.resolve("class"));
        Path solutions = TestCourse.root().resolve("solutions/src/main/java");
        for (int i = 1; i <= 10; i++) {
            FileTrees.copyTree(solutions, klass.resolve(String.format("student-%02d", i)));
        }
        for (String fixture : BROKEN) {
            FileTrees.copyTree(TestCourse.submission(fixture), klass.resolve(fixture));
        }
        Cli local = cli(new ByteArrayOutputStream(), "batch", klass.toString(), "--output",
            temp.resolve("one-machine").toString(), "--workers", "2");
        assertThat(local.exitCode()).as(local.err()).isZero();
        oneMachine = gradebook(temp.resolve("one-machine"));
        assertThat(oneMachine.lines()).hasSize(13).contains("student-01,graded,4,4,8,8,");
    }

    @Test
    void aClassGradedAsAJobArrayHasTheGradebookOfOneMachine() throws Exception {
        Path output = temp.resolve("slurm");

        Cli run = cli(new ByteArrayOutputStream(), "batch", klass.toString(), "--output", output.toString(),
            "--slurm", "--array-size", "3");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern(ARRAY).contains("graded 12 students on SLURM (0 not graded)");
        assertThat(gradebook(output)).isEqualTo(oneMachine);
        assertThat(output.resolve("slurm/shard.sh")).content().contains("#SBATCH --array=1-3",
            "#SBATCH --chdir=" + TestCourse.root(), "--shard \"$SLURM_ARRAY_TASK_ID\"/3 --seed 11");
        assertThat(output.resolve("slurm/merge.sh")).content().contains("merge --output " + output);
        for (int k = 1; k <= 3; k++) {
            assertThat(new BatchOutput(output.resolve("share-" + k)).gradedStudents()).hasSize(4);
        }

        // A share left out of the merge: its students are NOT_GRADED with why, never dropped.
        Path partial = temp.resolve("partial");
        Cli merge = cli(new ByteArrayOutputStream(), "merge", "--output", partial.toString(), "--submissions",
            klass.toString(), "--no-similarity", output.resolve("share-1").toString(),
            temp.resolve("never-ran").toString(), output.resolve("share-3").toString());

        assertThat(merge.exitCode()).as(merge.err()).isEqualTo(4);
        assertThat(merge.out()).contains("4 students of the class are in no part, reported NOT_GRADED");
        List<String> rows = gradebook(partial).lines().toList();
        assertThat(rows).hasSize(13);
        assertThat(rows.stream().filter(r -> r.contains(",NOT_GRADED,"))).hasSize(4);
        String shareTwo = new Shard(2, 3).select(ClassFolder.discover(klass)).get(0).student();
        assertThat(partial.resolve("students/" + shareTwo + "/feedback.md")).content()
            .contains("no part of the merge holds this student's grading");
    }

    @Test
    void aCancelledShareIsSubmittedAgainAndNoStudentIsLost() throws Exception {
        Path output = temp.resolve("cancelled");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Cli> running = CompletableFuture.supplyAsync(() -> cli(out, "batch", klass.toString(),
            "--output", output.toString(), "--slurm", "--array-size", "3"));
        long array = arrayId(out);
        Process scancel = new ProcessBuilder("scancel", array + "_2").redirectErrorStream(true).start();
        assertThat(scancel.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Cli run = running.get(150, TimeUnit.SECONDS);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("share 2 (", "failed: submitted again as job array", "shares submitted again: 2",
            "graded 12 students on SLURM (0 not graded");
        assertThat(gradebook(output)).isEqualTo(oneMachine);
    }

    @Test
    void slurmdKilledMidwayAndStartedAgainLosesNoStudent() throws Exception {
        Path output = temp.resolve("slurmd-killed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Cli> running = CompletableFuture.supplyAsync(() -> cli(out, "batch", klass.toString(),
            "--output", output.toString(), "--slurm", "--array-size", "3"));
        arrayId(out);
        // Midway: a share has graded its first student, and the others are running or waiting for the node.
        for (int i = 0; i < 1200 && gradedInShares(output) == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(gradedInShares(output)).as(out.toString(StandardCharsets.UTF_8)).isPositive().isLessThan(12);

        // The node's daemon dies as an OOM killer or an admin's mistake would kill it, and is started again.
        assertThat(command("pkill", "-KILL", "-x", "slurmd")).isZero();
        Thread.sleep(3000);
        assertThat(command("slurmd")).isZero();
        Cli run = running.get(300, TimeUnit.SECONDS);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("graded 12 students on SLURM (0 not graded");
        assertThat(gradebook(output)).isEqualTo(oneMachine);
    }

    private static long gradedInShares(Path output) {
        long graded = 0;
        for (int k = 1; k <= 3; k++) {
            graded += new BatchOutput(output.resolve("share-" + k)).gradedStudents().size();
        }
        return graded;
    }

    private static int command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(String.join(" ", command) + ": " + said).isTrue();
        return process.exitValue();
    }

    @Test
    void withNoWaitTheJobsAreSubmittedAndTheMergeCommandPrinted() throws Exception {
        Path small = Files.createDirectories(temp.resolve("small-class"));
        FileTrees.copyTree(klass.resolve("student-01"), small.resolve("student-01"));
        FileTrees.copyTree(klass.resolve("hello-wrong-size"), small.resolve("hello-wrong-size"));
        Path output = temp.resolve("no-wait");

        Cli run = cli(new ByteArrayOutputStream(), "batch", small.toString(), "--output", output.toString(),
            "--slurm", "--no-wait");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("submitted 2 students as job array \\d+ \\(2 shares, seed 11\\) "
                + "and merge job \\d+")
            .contains("  grader/grade merge --output " + output + " --submissions " + small
                + " --no-similarity " + output.resolve("share-1") + " " + output.resolve("share-2") + "\n");
        for (int i = 0; i < 1200 && !Files.exists(output.resolve("gradebook.csv")); i++) {
            Thread.sleep(100);
        }
        assertThat(gradebook(output)).isEqualTo("student,status,hello,p2p,total,max,integrity\n"
            + oneMachine.lines().filter(l -> l.startsWith("hello-wrong-size,")).findFirst().orElseThrow() + "\n"
            + "student-01,graded,4,4,8,8,\n");
    }

    @Test
    void withoutAClusterTheCommandSaysSoInOneLine() throws Exception {
        // The grader on a machine whose PATH has no sbatch.
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dcourse.root=" + TestCourse.root(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "batch", klass.toString(), "--output", temp.resolve("nowhere").toString(), "--slurm");
        builder.environment().put("PATH", temp.resolve("no-bin").toString());
        Process grader = builder.start();
        String err = new String(grader.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(grader.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(grader.exitValue()).isEqualTo(2);
        assertThat(err).isEqualTo("no SLURM cluster is reachable (scontrol ping): grade on this machine without "
            + "--slurm, or start one with ci/install-slurm\nTry 'grader/grade batch --help' for more information.\n");
    }

    private static long arrayId(ByteArrayOutputStream out) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher matcher = ARRAY.matcher(out.toString(StandardCharsets.UTF_8));
            if (matcher.find()) {
                return Long.parseLong(matcher.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no job array submitted in 30 s: " + out.toString(StandardCharsets.UTF_8));
    }

    private static Cli cli(ByteArrayOutputStream out, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.get(0).equals("batch")) {
            all.addAll(List.of(COMMON));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Cli(int exitCode, String out, String err) {
    }

    private static String gradebook(Path output) throws Exception {
        return Files.readString(output.resolve("gradebook.csv"));
    }
}
