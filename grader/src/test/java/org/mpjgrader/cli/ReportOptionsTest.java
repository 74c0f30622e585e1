package org.mpjgrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;

/** {@code --junit}, {@code --gradescope} and {@code --feedback} each write their report of one real grading. */
class ReportOptionsTest {
    @TempDir
    Path temp;

    @Test
    void eachReportOptionWritesItsFile() throws Exception {
        Path junit = temp.resolve("junit");
        Path gradescope = temp.resolve("results/results.json");
        Path feedback = temp.resolve("feedback.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = Main.run(new String[] {TestCourse.root().resolve("solutions").toString(), "--only", "hello",
                "--visible-only", "--time-limit", "3", "--seed", "1", "--junit", junit.toString(),
                "--gradescope", gradescope.toString(), "--feedback", feedback.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(junit.resolve("TEST-hello.xml")))
            .contains("<testsuite name=\"mpj-grader.hello\"", "failures=\"0\" errors=\"0\" skipped=\"0\"");
        assertThat(Files.readString(gradescope)).contains("\"name\" : \"hello np=2 visible\"");
        assertThat(Files.readString(feedback)).contains("| hello: ", "| PASS |", "Every run passed.");
    }

    @Test
    void helpListsTheReportOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertThat(Main.run(new String[] {"--help"}, print, print)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--junit=DIR", "--gradescope=FILE",
            "--feedback=FILE");
    }
}
