package org.mpjgrader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;
import org.mpjgrader.cli.Main;
import org.mpjgrader.report.JsonReport;

/**
 * {@code grade batch} on a class of 30 made of the project's examples: one uninterrupted run is the measure
 * for grading one by one, for a batch killed halfway and started again, and for three shares merged.
 */
@Order(1) // among the longest classes: started early, so that it does not run on alone at the end
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchGradingTest {
    private static final String[] COMMON = {"--only", "hello", "--time-limit", "3", "--seed", "7"};

    private Path temp;
    private Path klass;
    private Path uninterrupted;
    private String uninterruptedOut;

    @BeforeAll
    void gradeTheClassOnce(@TempDir Path folder) throws Exception {
        temp = folder;
        klass = ClassOfThirty.create(temp.resolve("class"));
        uninterrupted = temp.resolve("uninterrupted");
        Cli run = cli("batch", klass.toString(), "--output", uninterrupted.toString(), "--workers", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        uninterruptedOut = run.out();
    }

    private static Cli cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.get(0).equals("merge")) {
            all.addAll(List.of(COMMON));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
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

    @Test
    void everyStudentOfTheClassIsGradedWithEveryOutput() throws Exception {
        assertThat(uninterruptedOut).startsWith("graded 30 students (0 kept from an earlier run, 0 not graded)");
        List<String> lines = gradebook(uninterrupted).lines().toList();
        assertThat(lines).hasSize(31).first().isEqualTo("student,status,hello,total,max,integrity");
        Map<String, String> tried = Map.of("hostile-read-secrets", "read outside", "hostile-write-outside",
            "wrote outside", "hostile-network", "network", "hostile-grader-classes", "grader's package",
            "hostile-child-process", "process");
        for (String student : ClassOfThirty.CORRECT) {
            assertThat(lines).as("a correct submission among hostile ones")
                .contains(student + ",graded,4,4,4," + tried.getOrDefault(student, ""));
        }
        assertThat(lines).contains("hostile-forged-results,graded,0,0,4,forged channel lines; forged result file",
            "hello-busy-loop,graded,1,1,4,", "hostile-memory,graded,1,1,4,", "hostile-big-file,graded,1,1,4,",
            "hostile-flood,graded,0,0,4,", "hostile-halt,graded,0,0,4,exit", "hello-wrong-size,graded,1,1,4,",
            "empty-student,graded,0,0,4,", "broken-zip,graded,0,0,4,", "rootsum-correct-alt,graded,0,0,4,");
        for (String file : List.of("gradebook.json", "summary.html", "scores.png", "pass-rates.png",
            "similarity.csv", "students/ref-git/feedback.md", "students/ref-git/junit/TEST-hello.xml")) {
            assertThat(uninterrupted.resolve(file)).isNotEmptyFile();
        }
        assertThat(Files.readString(uninterrupted.resolve("summary.html")))
            .contains("<h1>Batch grading: 30 students</h1>", "<img src=\"scores.png\"", "ref-folder",
                "<h2>What programs tried</h2>", "<tr><td>hostile-child-process</td><td>process</td><td><pre>hello at 1, 2, "
                    + "3, 4 ranks: rank 0 tried to start a process: sh (at HelloWorld.java:12)</pre></td></tr>");
    }

    @Test
    void theGradebookIsTheOneOfGradingEachStudentAlone() throws Exception {
        List<BatchOutput.StudentResult> alone = new ArrayList<>();
        for (StudentSubmission student : ClassFolder.discover(klass)) {
            Path json = temp.resolve("alone").resolve(student.student() + ".json");
            Path origin = student.kind() == StudentSubmission.Kind.BARE_GIT
                ? GitExport.headOf(student.origin(), Files.createDirectories(temp.resolve("git-" + student.student())))
                : student.origin();
            List<String> args = new ArrayList<>(List.of(origin.toString(), "--json", json.toString()));
            args.addAll(List.of(COMMON));
            Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
            alone.add(new BatchOutput.StudentResult(student.student(), JsonReport.read(json)));
        }

        assertThat(Gradebook.of(List.of("hello"), alone).csv()).isEqualTo(gradebook(uninterrupted));
    }

    @Test
    void aBatchKilledHalfwayAndStartedAgainKeepsWhatWasDoneAndEndsWithTheSameGradebook() throws Exception {
        Path output = temp.resolve("killed");
        Process batch = batchProcess(output);
        Map<String, String> doneBeforeKill = waitForResults(output, 10);
        batch.descendants().forEach(ProcessHandle::destroyForcibly);
        batch.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Map<String, String> kept = results(output);
        assertThat(kept.size()).isGreaterThanOrEqualTo(doneBeforeKill.size()).isLessThan(30);

        Cli resumed = cli("batch", klass.toString(), "--output", output.toString(), "--workers", "2",
            "--no-similarity");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).startsWith("graded " + (30 - kept.size()) + " students (" + kept.size()
            + " kept from an earlier run, 0 not graded)");
        Map<String, String> after = results(output);
        kept.forEach((student, json) -> assertThat(after.get(student)).as(student + " was not graded again")
            .isEqualTo(json));
        assertThat(gradebook(output)).isEqualTo(gradebook(uninterrupted));
    }

    @Test
    void threeSharesMergedGiveTheGradebookOfOneRun() throws Exception {
        List<String> parts = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path part = temp.resolve("share-" + k);
            Cli share = cli("batch", klass.toString(), "--output", part.toString(), "--shard", k + "/3");
            assertThat(share.exitCode()).as(share.err()).isZero();
            assertThat(share.out()).startsWith("graded 10 students");
            parts.add(part.toString());
        }
        List<String> merge = new ArrayList<>(List.of("merge", "--output", temp.resolve("merged").toString()));
        merge.addAll(parts);

        Cli merged = cli(merge.toArray(String[]::new));

        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).isEqualTo("merged 30 students from 3 parts into " + temp.resolve("merged") + "\n");
        assertThat(gradebook(temp.resolve("merged"))).isEqualTo(gradebook(uninterrupted));
    }

    @Test
    void aShareWithoutASeedIsRefusedWithOneLine() {
        Cli noSeed = cliWithout("--seed", "batch", klass.toString(), "--output", temp.resolve("y").toString(),
            "--shard", "1/3");

        assertThat(noSeed.exitCode()).isEqualTo(2);
        assertThat(noSeed.err()).startsWith(
            "--shard needs --seed, so that every share is graded with the same hidden inputs\n");
    }

    private static Cli cliWithout(String dropped, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The batch in a JVM of its own, as {@code grader/grade batch} runs it, to be killed. */
    private Process batchProcess(Path output) throws Exception {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dcourse.root=" + TestCourse.root(), "-cp", System.getProperty("java.class.path"),
            Main.class.getName(), "batch", klass.toString(), "--output", output.toString(), "--workers", "2",
            "--no-similarity"));
        command.addAll(List.of(COMMON));
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(temp.resolve("killed.log").toFile()).start();
    }

    private static Map<String, String> waitForResults(Path output, int count) throws Exception {
        for (int i = 0; i < 1200; i++) {
            Map<String, String> done = results(output);
            if (done.size() >= count) {
                return done;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the batch graded fewer than " + count + " students in 120 s");
    }

    /** Student -> result.json as it is on disk now. */
    private static Map<String, String> results(Path output) throws Exception {
        Map<String, String> results = new TreeMap<>();
        Path students = output.resolve("students");
        if (!Files.isDirectory(students)) {
            return results;
        }
        try (Stream<Path> folders = Files.list(students)) {
            for (Path folder : folders.toList()) {
                Path json = folder.resolve("result.json");
                if (Files.isRegularFile(json)) {
                    results.put(folder.getFileName().toString(), Files.readString(json));
                }
            }
        }
        return results;
    }

    @Test
    void resultsRecordWhatGradedThem() throws Exception {
        JsonNode result = new ObjectMapper().readTree(uninterrupted.resolve("students/ref-zip/result.json").toFile());

        assertThat(result.get("seed").asLong()).isEqualTo(7);
        assertThat(result.get("environment").get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(result.get("environment").get("java").asText()).isEqualTo(Runtime.version().toString());
        assertThat(result.get("environment").get("mpj_express").asText()).startsWith("MPJ Express 0.44");
        assertThat(result.get("environment").get("isolation").asText())
            .isEqualTo("files, network and processes isolated (bubblewrap)");
    }
}
