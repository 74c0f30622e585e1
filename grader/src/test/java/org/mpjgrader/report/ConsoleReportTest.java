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
import org.junit.jupiter.api.Test;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

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
}
