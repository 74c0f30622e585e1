package org.mpjgrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;

/**
 * {@code grader/grade verify-course} on small courses written into a temporary folder: an exercise added by its
 * package files alone is verified and graded; a broken package or a sample that gets another verdict fails it,
 * naming the file.
 */
class VerifyCourseTest {
    @TempDir
    Path course;

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(course, args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anExerciseAddedAsAPackageAloneIsVerifiedAndGraded() throws Exception {
        writeHelloCopyWithItsOwnSample("accepted", "hello-correct-alt");

        Outcome verified = run("verify-course", course.toString(), "--workers", "4");
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        // Four submissions graded at once, their rows printed in the package's order.
        assertThat(verified.out()).contains("hello-again").containsSubsequence("reference, seed 11",
            "reference, seed 12", "skeleton", "accepted: hello-correct-alt",
            "verify-course: every package is right (4 checks)");

        Path json = course.resolve("result.json");
        Outcome graded = run(course.resolve("solutions").toString(), "--only", "hello-again", "--seed", "1",
            "--wall-rounds", "0", "--json", json.toString());
        assertThat(graded.exitCode()).as(graded.out() + graded.err()).isZero();
        JsonNode exercise = new ObjectMapper().readTree(json.toFile()).get("exercises").get(0);
        assertThat(exercise.get("id").asText()).isEqualTo("hello-again");
        assertThat(exercise.get("score").asDouble()).isEqualTo(4.0);
    }

    @Test
    void aSampleThatGetsAnotherVerdictFailsItNamingThePackage() throws Exception {
        Path file = writeHelloCopy("accepted", "hello-wrong-format");

        Outcome verified = run("verify-course", course.toString());

        assertThat(verified.exitCode()).isEqualTo(3);
        // The first failed run's whole message, under the row: a first line alone may end in a colon.
        String n = System.lineSeparator();
        assertThat(verified.out()).contains("accepted: hello-wrong-format", "MISMATCH",
            file + ": samples.accepted samples/hello-wrong-format: expected PASS, got FAIL" + n
                + "    hello-again at 1 rank: rank 0 printed a greeting that is not in the expected form" + n
                + "      expected: \"Hello World from rank 0 of a total of 1 processes\"" + n
                + "      but was:  \"Hello world from process 0 of 1\"" + n
                + "      first difference at column 7: expected 'W' but was 'w'" + n,
            "verify-course: 1 of 4 checks got another grade than the package says");
    }

    @Test
    void brokenYamlFailsItWithTheFileLineAndColumn() throws Exception {
        Path file = writeHelloCopy("accepted", "hello-correct-alt");
        Files.writeString(file, Files.readString(file).replace("points_per_run: 1", "points_per_run: [1"));

        Outcome verified = run("verify-course", course.toString());

        assertThat(verified.exitCode()).isEqualTo(2);
        assertThat(verified.out()).contains("hello-again", "INVALID");
        assertThat(verified.err()).isEqualTo(file + ":12:7: not valid YAML: while parsing a flow sequence; expected "
            + "',' or ']', but got :" + System.lineSeparator());
    }

    @Test
    void anUnknownCheckKindFailsItNamingTheKindsThereAre() throws Exception {
        Path file = writeHelloCopy("accepted", "hello-correct-alt");
        Files.writeString(file, Files.readString(file).replace("kind: lines", "kind: hallo"));

        Outcome verified = run("verify-course", course.toString());

        assertThat(verified.exitCode()).isEqualTo(2);
        assertThat(verified.err()).isEqualTo(file + ":13:11: unknown check kind 'hallo': expected one of "
            + "lines, mandelbrot, masterslave, matmul, slurm-script, taught-calls" + System.lineSeparator());
    }

    @Test
    void noWorkersIsRefusedWithOneLine() throws Exception {
        writeHelloCopy("accepted", "hello-correct-alt");

        Outcome verified = run("verify-course", course.toString(), "--workers", "0");

        assertThat(verified.exitCode()).isEqualTo(2);
        assertThat(verified.out()).isEmpty();
        String n = System.lineSeparator();
        assertThat(verified.err()).isEqualTo("--workers must be at least 1" + n
            + "Try 'grader/grade verify-course --help' for more information." + n);
    }

    @Test
    void gradingACourseThatCannotBeReadSaysWhyInOneLine() throws Exception {
        Path file = writeHelloCopy("accepted", "hello-correct-alt");
        Files.writeString(file, Files.readString(file).replace("kind: lines", "kind: hallo"));

        Outcome graded = run(course.toString());

        assertThat(graded.exitCode()).isEqualTo(2);
        assertThat(graded.err()).isEqualTo("grade: the course cannot be read: " + file + ":13:11: unknown check kind "
            + "'hallo': expected one of lines, mandelbrot, masterslave, matmul, slurm-script, "
            + "taught-calls" + System.lineSeparator());
    }

    @Test
    void anUnknownVerdictFolderOfSamplesFailsItNamingTheFoldersThereAre() throws Exception {
        Path file = writeHelloCopyWithItsOwnSample("acepted", "hello-correct-alt");

        Outcome verified = run("verify-course", course.toString());

        assertThat(verified.exitCode()).isEqualTo(2);
        assertThat(verified.out()).contains("hello-again", "INVALID");
        assertThat(verified.err()).isEqualTo(file + ": unknown verdict folder submissions/acepted/: expected one of "
            + "accepted, compile_error, deadlock, not_implemented, resource_limit, run_time_error, time_limit_exceeded, "
            + "wrong_answer" + System.lineSeparator());
    }

    /**
     * A course of one exercise, {@code hello-again}: a copy of hello's package under a new id, its task, skeleton
     * and reference, and one sample in {@code samples/}, declared under {@code folder} of the {@code samples} key.
     * No Java of the grader.
     */
    private Path writeHelloCopy(String folder, String sample) throws Exception {
        Path file = writeHelloCopy("samples:\n  " + folder + ": [samples/" + sample + "]\n");
        copyTree(TestCourse.submission(sample), course.resolve("samples").resolve(sample));
        return file;
    }

    /** The same with its sample in the package, {@code course/hello-again/submissions/<folder>/<sample>/}. */
    private Path writeHelloCopyWithItsOwnSample(String folder, String sample) throws Exception {
        Path file = writeHelloCopy("");
        copyTree(TestCourse.submission(sample), file.resolveSibling("submissions").resolve(folder).resolve(sample));
        return file;
    }

    private Path writeHelloCopy(String samples) throws Exception {
        Path root = TestCourse.root();
        for (String file : List.of("exercises/tasks/hello.md", "exercises/src/main/java/hello/HelloWorld.java",
            "solutions/src/main/java/hello/HelloWorld.java")) {
            copy(root.resolve(file), course.resolve(file));
        }
        String yaml = Files.readString(root.resolve("course/hello/exercise.yaml"))
            .replace("id: hello", "id: hello-again")
            .replaceAll("(?s)(# The samples, graded|samples:).*", "") + samples;
        Path file = course.resolve("course/hello-again/exercise.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file.normalize();
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }
}
