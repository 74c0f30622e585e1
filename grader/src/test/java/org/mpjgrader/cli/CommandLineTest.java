package org.mpjgrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract: bad input exits 2 with one line and where to read more, before anything is graded.
 */
class CommandLineTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String firstErrorLine() {
        return err().lines().findFirst().orElse("");
    }

    @Test
    void anUnknownOptionExitsTwoWithOneLineAndWhereToReadMore() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err()).isEqualTo("Unknown option: '--bogus'\n"
            + "Try 'grader/grade --help' for more information.\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnknownExerciseExitsTwoAndListsTheKnownOnes() {
        assertThat(run("--only", "nosuchid")).isEqualTo(2);
        assertThat(err()).isEqualTo("unknown exercise 'nosuchid' (known: ring, hello, p2p, rootsum, mandelbrot, "
            + "mandelbrot-reduce, hpc, masterslave, masterslave-mandelbrot, matmul, matmul-distributed)\n"
            + "Try 'grader/grade --help' for more information.\n");
    }

    @Test
    void aMissingSubmissionExitsTwo() {
        assertThat(run(temp.resolve("absent").toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("no such submission: " + temp.resolve("absent") + "\n"
            + "Try 'grader/grade --help' for more information.\n");
    }

    @Test
    void aSeedThatIsNoNumberExitsTwo() {
        assertThat(run("--seed", "abc")).isEqualTo(2);
        assertThat(err()).isEqualTo("Invalid value for option '--seed': 'abc' is not a long\n"
            + "Try 'grader/grade --help' for more information.\n");
    }

    @Test
    void aSubcommandsMistakeNamesItsOwnHelp() {
        assertThat(run("batch", temp.resolve("absent").toString(), "--output", temp.resolve("out").toString()))
            .isEqualTo(2);
        assertThat(err()).isEqualTo("no such class folder: " + temp.resolve("absent") + "\n"
            + "Try 'grader/grade batch --help' for more information.\n");
    }

    @Test
    void aTimeLimitBelowOneSecondExitsTwo() {
        assertThat(run("--time-limit", "0", "--only", "hello")).isEqualTo(2);
        assertThat(firstErrorLine()).isEqualTo("--time-limit must be at least 1 second");
    }

    @Test
    void negativeWallRoundsExitTwo() {
        assertThat(run("--wall-rounds", "-1", "--only", "hello")).isEqualTo(2);
        assertThat(firstErrorLine()).isEqualTo("--wall-rounds must be 0 or more");
    }

    @Test
    void anUnknownSchedulerExitsTwo() {
        assertThat(run("--scheduler", "pbs", "--only", "hpc")).isEqualTo(2);
        assertThat(firstErrorLine()).isEqualTo("--scheduler must be auto, slurm or simulation, not 'pbs'");
    }

    @Test
    void helpListsTheOptionsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--only", "--json", "--seed", "--wall-rounds", "--scheduler",
            "Exit status");
    }
}
