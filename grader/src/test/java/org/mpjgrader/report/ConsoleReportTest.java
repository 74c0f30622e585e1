package org.mpjgrader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.report.Results.exercise;
import static org.mpjgrader.report.Results.failed;
import static org.mpjgrader.report.Results.inconclusive;
import static org.mpjgrader.report.Results.passed;
import static org.mpjgrader.report.Results.result;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.TestCourse;
import org.mpjgrader.grading.GradingPlan;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;

class ConsoleReportTest {

    @Test
    void failuresComeAsFeedbackAndWhatTheMachineCouldNotShowAsOneLineEachAfterThem() {
        ExerciseResult rootsum = exercise("rootsum", "09 Broadcast and reduce",
            passed("rootsum", 1, Visibility.VISIBLE, "1234567"),
            failed("rootsum", 2, Visibility.VISIBLE, Verdict.FAIL, "rootsum at 2 ranks: the total is wrong", "1234567"),
            inconclusive("rootsum", 4, "rootsum at 4 ranks, arguments 60000000: wall-clock speedup inconclusive: "
                + "this machine has 2 cores", "60000000"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleReport console = new ConsoleReport(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        rootsum.runs().forEach(console::runFinished);
        console.gradingFinished(result(rootsum));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\nFeedback:\n\n"
            + "rootsum at 2 ranks: the total is wrong\n\n"
            + "Not judged on this machine (no failure, no points):\n"
            + "  rootsum at 4 ranks: this machine has 2 cores\n");
    }

    @Test
    void aPassingRunsNoteComesAfterTheFeedbackOnceForEveryRankCountThatHasIt() {
        String note = "mandelbrot at 4 ranks: note: part of the work is serial";
        ExerciseResult mandelbrot = exercise("mandelbrot", "10 Mandelbrot in parallel",
            passed("mandelbrot", 1, Visibility.PARALLEL, "240"),
            noted(4, note), noted(8, note));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleReport console = new ConsoleReport(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        mandelbrot.runs().forEach(console::runFinished);
        console.gradingFinished(result(mandelbrot));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\nNotes (passed):\n\n" + note + "\n");
    }

    @Test
    void anIdLongerThanTheColumnWidensItForEveryRow() throws Exception {
        List<ExerciseSpec> exercises = Course.load(TestCourse.root()).exercises().stream()
            .filter(e -> List.of("hello", "masterslave-mandelbrot").contains(e.id())).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleReport console = new ConsoleReport(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        console.gradingStarted(GradingPlan.of("submission", exercises, 1, false));
        console.runFinished(passed("hello", 2, Visibility.VISIBLE));
        console.runFinished(passed("masterslave-mandelbrot", 3, Visibility.VISIBLE, "24", "20"));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().skip(3).map(l -> l.indexOf("  visible")).distinct())
            .containsExactly(28);
    }

    private static RunGrade noted(int np, String note) {
        return new RunGrade("mandelbrot", np, List.of("240"), Visibility.PARALLEL, Verdict.PASS, note, 2, 2,
            List.of(CheckResult.pass("work spread over the ranks", 2)), Duration.ZERO);
    }
}
