package org.mpjgrader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The child JVM's side of a fault of the grader: a runner that fails says so ({@code RUNNER_FAILED}, its stack
 * trace on standard error, exit status 70) instead of ending the way a program's {@code System.exit} would, so
 * that the grader neither blames the program nor loses the trace.
 */
class RunnerFailureTest {

    @Test
    void aRunnerThatFailsSaysSoWithItsStackTrace() throws Exception {
        Process runner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
            System.getProperty("java.class.path"), "org.mpjgrader.runner.RankRunner").start();
        try (OutputStream requests = runner.getOutputStream()) {
            // A request the runner cannot read: only a bug of the grader would send one.
            requests.write("s3cret\nnot a run request\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(runner.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(runner.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(runner.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(runner.exitValue()).isEqualTo(70);
        assertThat(out).contains("s3cret\tREADY\t").contains("s3cret\tRUNNER_FAILED\tjava.lang.IllegalArgumentException: "
            + "a run request has NP CLASSES");
        assertThat(err).contains("\njava.lang.IllegalArgumentException: a run request has NP CLASSES")
            .contains("at org.mpjgrader.runner.RunnerArguments.parse(RunnerArguments.java:");
        assertThat(out).doesNotContain("\tEXIT\t");
    }
}
