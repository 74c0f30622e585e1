package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;
import org.mpjgrader.launch.Leftovers;

/**
 * The hostile-submission suite: each fixture attacks the grader or the machine one way, inside a hello world.
 * Each grading must end with the verdict the fixture deserves, each run within its limit plus the grace the
 * runner gets to report, the grader alive (it returns a result, never exit status 1), no process of the runs
 * left on the machine and nothing left in the runs' folders. {@code ci/hostile-suite 20} runs it 20 times.
 */
@Order(5) // among the longest classes: started early, so that it does not run on alone at the end
class HostileSubmissionTest {
    private static final int TIME_LIMIT_S = 3;
    /** The runner's grace to report after the limit, and a margin for a loaded machine. */
    /**
     * The backstop: the limit as the runner counts it on a loaded machine (up to 4 times slower, Launcher's
     * LIMIT_STRETCH), the grader's grace of 5 s, and 2 s for the JVM: no attack keeps a run going past it.
     */
    private static final double MAX_RUN_S = TIME_LIMIT_S * 4 + 5 + 2;

    @TempDir
    Path temp;

    private GradeRun grade(String fixture) throws Exception {
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        GradeRun run = GradeRun.of(temp.resolve("result.json"), TestCourse.submission(fixture).toString(),
            "--only", "hello", "--time-limit", Integer.toString(TIME_LIMIT_S), "--seed", "1",
            "--scratch", scratch.toString());
        assertThat(run.exitCode()).as(run.err()).isIn(0, 3);
        for (JsonNode r : run.exercise("hello").get("runs")) {
            assertThat(r.get("wall_s").asDouble()).as("run at %s ranks", r.get("np")).isLessThan(MAX_RUN_S);
        }
        assertThat(Leftovers.processesMentioning(scratch.toString())).isEmpty();
        assertThat(leftIn(scratch.resolve("runs"))).isEmpty();
        return run;
    }

    private static List<Path> leftIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder)).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        hostile-read-secrets   | PASS PASS PASS PASS
        hostile-grader-classes | PASS PASS PASS PASS
        hostile-child-process  | PASS PASS PASS PASS
        hello-busy-loop        | PASS TIMEOUT TIMEOUT TIMEOUT
        hello-deadlock         | DEADLOCK DEADLOCK DEADLOCK DEADLOCK
        hello-exit-one-rank    | PASS CRASH CRASH CRASH
        hostile-halt           | CRASH CRASH CRASH CRASH
        hostile-memory         | PASS RESOURCE_LIMIT RESOURCE_LIMIT RESOURCE_LIMIT
        hostile-flood          | RESOURCE_LIMIT RESOURCE_LIMIT RESOURCE_LIMIT RESOURCE_LIMIT
        hostile-threads        | RESOURCE_LIMIT RESOURCE_LIMIT RESOURCE_LIMIT RESOURCE_LIMIT
        hostile-forged-results | FAIL FAIL FAIL FAIL
        hostile-big-file       | PASS RESOURCE_LIMIT RESOURCE_LIMIT RESOURCE_LIMIT
        """)
    void eachAttackEndsInItsVerdictWithinTheLimitAndLeavesNothingBehind(String fixture, String verdicts)
        throws Exception {
        GradeRun run = grade(fixture);

        assertThat(String.join(" ", run.verdicts("hello"))).as(run.runs("hello")).isEqualTo(verdicts);
    }

    @Test
    void aProgramCannotWriteOutsideItsOwnFolder() throws Exception {
        GradeRun run = grade("hostile-write-outside");

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("PASS");
        assertThat(Path.of("/tmp/hostile-escaped.txt")).doesNotExist();
        assertThat(temp.resolve("scratch/hostile-escaped.txt")).doesNotExist();
    }

    @Test
    void aProgramCannotReachAServiceOfTheGradingMachine() throws Exception {
        try (ServerSocket service = serviceOnAPortTheFixtureScans()) {
            Thread greeter = new Thread(() -> greetEveryone(service), "secret-service");
            greeter.setDaemon(true);
            greeter.start();

            GradeRun run = grade("hostile-network");

            assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("PASS");
        }
    }

    /** The fixture scans 40000-40199 (and 1-1024): a full scan would take longer than its limit on a loaded machine. */
    private static ServerSocket serviceOnAPortTheFixtureScans() throws java.io.IOException {
        for (int port = 40000; port < 40200; port++) {
            try {
                return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            } catch (java.net.BindException taken) {
                // The next one.
            }
        }
        throw new IllegalStateException("no free port in 40000-40199 for the test's service");
    }

    private static void greetEveryone(ServerSocket service) {
        while (!service.isClosed()) {
            try (Socket client = service.accept(); OutputStream out = client.getOutputStream()) {
                out.write("SECRET-SERVICE".getBytes(StandardCharsets.US_ASCII));
            } catch (Exception closed) {
                // The test is over.
            }
        }
    }

    @Test
    void theMessagesNameTheLimitThatWasHit() throws Exception {
        assertThat(grade("hostile-memory").message("hello", 2)).startsWith(
            "hello at 2 ranks: memory limit: rank 1 threw java.lang.OutOfMemoryError: Java heap space at HelloWorld.java:16\n"
                + "  the run may use 256 MB of heap for all ranks together");
        assertThat(grade("hostile-halt").message("hello", 1)).isEqualTo(
            "hello at 1 rank: the program's JVM stopped with exit code 7 before the ranks ended (Runtime.halt, a JVM "
                + "crash, or killed by the system)\n  rank 0 had not ended");
        assertThat(grade("hostile-big-file").message("hello", 2)).startsWith(
            "hello at 2 ranks: file limit: rank 1 threw java.io.IOException: File too large at HelloWorld.java:18\n"
                + "  a file the program writes may hold at most 64 MB");
    }
}
