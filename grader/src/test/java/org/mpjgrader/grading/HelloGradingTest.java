package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * Lesson 07 graded end to end through the command line's code path, with real MPJ Express runs of the
 * reference solution, the skeleton and the fixture submissions (one per way of getting it wrong).
 */
class HelloGradingTest {
    @TempDir
    Path temp;

    private GradeRun grade(Path submission) throws Exception {
        return GradeRun.of(temp.resolve("result.json"), submission.toString(), "--only", "hello",
            "--time-limit", "3", "--seed", "1");
    }

    private GradeRun gradeFixture(String name) throws Exception {
        return grade(TestCourse.submission(name));
    }

    @Test
    void theReferenceSolutionGetsFullMarksAtEveryRankCount() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("solutions"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsExactly("PASS", "PASS", "PASS", "PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(4.0);
        assertThat(run.json().get("max_score").asDouble()).isEqualTo(4.0);
        assertThat(run.out()).contains("total", "PASS", "4/4");
    }

    @Test
    void theUntouchedSkeletonIsNotImplementedWithAMessageThatSaysWhatToDo() throws Exception {
        GradeRun run = grade(TestCourse.root().resolve("exercises"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("NOT_IMPLEMENTED");
        assertThat(run.message("hello", 2)).isEqualTo(
            "hello: no rank printed the lines this exercise is graded on (every rank R prints "
                + "\"Hello World from rank R of a total of N processes\")\n"
                + "  complete the TODOs in hello/HelloWorld.java (the task is in exercises/tasks/hello.md)");
        assertThat(run.out()).containsOnlyOnce("complete the TODOs");
    }

    @Test
    void correctAlternativesPass() throws Exception {
        assertThat(gradeFixture("hello-correct-alt").verdicts("hello")).containsOnly("PASS");
        assertThat(gradeFixture("hello-correct-barrier-order").verdicts("hello")).containsOnly("PASS");
    }

    @Test
    void aDeadlockIsReportedWithTheCallAndLineEachRankWaitsAt() throws Exception {
        GradeRun run = gradeFixture("hello-deadlock");

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("DEADLOCK");
        assertThat(run.message("hello", 2)).isEqualTo(
            "hello at 2 ranks: deadlock: every rank that had not ended waited in an MPI call, and none could go on\n"
                + "  rank 0 waits in Recv from rank 1 (tag 0) at HelloWorld.java:13\n"
                + "  rank 1 waits in Recv from rank 0 (tag 0) at HelloWorld.java:13\n"
                + "  cycle: rank 0 waits for rank 1, rank 1 for rank 0: none of them can go on");
    }

    @Test
    void aBusyLoopIsATimeoutThatNamesTheSpinningRank() throws Exception {
        GradeRun run = gradeFixture("hello-busy-loop");

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsExactly("PASS", "TIMEOUT", "TIMEOUT", "TIMEOUT");
        assertThat(run.message("hello", 2)).isEqualTo("hello at 2 ranks: timeout: no rank ended within 3 s\n"
            + "  rank 0 waits in Finalize at HelloWorld.java:18\n"
            + "  rank 1 is busy computing at HelloWorld.java:15");
    }

    @Test
    void aRankThatThrowsIsACrashAtTheStudentsLine() throws Exception {
        GradeRun run = gradeFixture("hello-crash-rank");

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsExactly("PASS", "PASS", "CRASH", "CRASH");
        assertThat(run.message("hello", 3)).isEqualTo("hello at 3 ranks: rank 2 threw "
            + "java.lang.ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 2 at HelloWorld.java:12\n"
            + "  then rank 0 waits in Finalize at HelloWorld.java:13\n"
            + "  then rank 1 waits in Finalize at HelloWorld.java:13");
    }

    @Test
    void systemExitInOneRankIsACrashThatNamesTheRank() throws Exception {
        GradeRun run = gradeFixture("hello-exit-one-rank");

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsExactly("PASS", "CRASH", "CRASH", "CRASH");
        assertThat(run.message("hello", 3)).isEqualTo(
            "hello at 3 ranks: rank 1 called System.exit(3), which ends every rank\n"
                + "  ranks 0, 2 were cut short\n"
                + "  end a rank by returning from main after MPI.Finalize()");
    }

    @Test
    void aHardCodedSizePassesOnlyWhereItHappensToBeRight() throws Exception {
        GradeRun run = gradeFixture("hello-wrong-size");

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsExactly("FAIL", "FAIL", "FAIL", "PASS");
        assertThat(run.json().get("score").asDouble()).isEqualTo(1.0);
        assertThat(run.message("hello", 2)).isEqualTo(
            "hello at 2 ranks: rank 0 reports 4 processes, but the run has 2\n"
                + "  expected: \"Hello World from rank 0 of a total of 2 processes\"\n"
                + "  but was:  \"Hello World from rank 0 of a total of 4 processes\"\n"
                + "  first difference at column 39: expected '2' but was '4'\n"
                + "  also rank 1: reports 4 processes, but the run has 2 "
                + "(\"Hello World from rank 1 of a total of 4 processes\")\n"
                + "  hint: use the size MPI.COMM_WORLD.Size() returns");
    }

    @Test
    void aWrongWordingShowsTheFirstDifference() throws Exception {
        GradeRun run = gradeFixture("hello-wrong-format");

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("FAIL");
        assertThat(run.message("hello", 1)).isEqualTo(
            "hello at 1 rank: rank 0 printed a greeting that is not in the expected form\n"
                + "  expected: \"Hello World from rank 0 of a total of 1 processes\"\n"
                + "  but was:  \"Hello world from process 0 of 1\"\n"
                + "  first difference at column 7: expected 'W' but was 'w'");
    }

    @Test
    void ranksCountedFromOneFailEverywhere() throws Exception {
        GradeRun run = gradeFixture("hello-off-by-one");

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("FAIL");
        assertThat(run.message("hello", 1)).startsWith("hello at 1 rank: rank 0 greets as rank 1\n");
    }

    @Test
    void aSilentRankIsAFailureEvenWhereNoRankPrintedAnything() throws Exception {
        GradeRun run = gradeFixture("hello-missing-rank");

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("FAIL");
        assertThat(run.message("hello", 1)).isEqualTo("hello at 1 rank: rank 0 printed no greeting\n"
            + "  expected: \"Hello World from rank 0 of a total of 1 processes\"\n"
            + "  but was:  nothing");
    }

    @Test
    void aCompileErrorIsAVerdictWithTheCompilersMessage() throws Exception {
        Path submission = temp.resolve("broken");
        Files.createDirectories(submission.resolve("hello"));
        Files.writeString(submission.resolve("hello/HelloWorld.java"), """
            package hello;
            public class HelloWorld {
                public static void main(String[] args) {
                    int x = 1
                }
            }
            """);

        GradeRun run = grade(submission);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("COMPILE_ERROR");
        assertThat(run.message("hello", 1)).isEqualTo("hello: hello/HelloWorld.java does not compile:\n"
            + "HelloWorld.java:4: error: ';' expected\n"
            + "    int x = 1");
    }

    @Test
    void aSubmissionWithoutTheFileIsNotImplemented() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        GradeRun run = grade(empty);

        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("NOT_IMPLEMENTED");
        assertThat(run.message("hello", 4)).isEqualTo("hello: the submission has no hello/HelloWorld.java; "
            + "complete the TODOs in hello/HelloWorld.java (the task is in exercises/tasks/hello.md)");
    }

    @Test
    void aZipOfTheSolutionGradesLikeTheFolder() throws Exception {
        Path zip = temp.resolve("solution.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("src/main/java/hello/HelloWorld.java"));
            out.write(Files.readAllBytes(TestCourse.root().resolve("solutions/src/main/java/hello/HelloWorld.java")));
        }

        GradeRun run = grade(zip);

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("submission").asText()).isEqualTo("solution");
    }
}
