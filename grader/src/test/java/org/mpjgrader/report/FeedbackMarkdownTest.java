package org.mpjgrader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.report.Results.exercise;
import static org.mpjgrader.report.Results.failed;
import static org.mpjgrader.report.Results.inconclusive;
import static org.mpjgrader.report.Results.passed;
import static org.mpjgrader.report.Results.result;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The Markdown feedback a student reads, as exact text. */
class FeedbackMarkdownTest {
    private static final String WRONG_SUM = "rank 0 printed sum=12 but expected sum=10";

    @TempDir
    Path folder;

    private final GradingResult graded = result(
        exercise("hello", "Hello ranks",
            passed("hello", 2, Visibility.VISIBLE),
            passed("hello", 4, Visibility.VISIBLE)),
        exercise("rootsum", "Sum at the root",
            passed("rootsum", 2, Visibility.VISIBLE, "100"),
            failed("rootsum", 3, Visibility.VISIBLE, Verdict.FAIL, WRONG_SUM, "100"),
            failed("rootsum", 4, Visibility.VISIBLE, Verdict.FAIL, WRONG_SUM, "100"),
            failed("rootsum", 8, Visibility.HIDDEN, Verdict.FAIL, WRONG_SUM, "7319"),
            failed("rootsum", 8, Visibility.VISIBLE, Verdict.DEADLOCK, "ranks 1, 2 never returned from Recv",
                "100")),
        exercise("p2p", "Ping pong",
            failed("p2p", 2, Visibility.VISIBLE, Verdict.COMPILE_ERROR,
                "Ping.java:7: error: ';' expected\n    int x = 1\n             ^"),
            failed("p2p", 4, Visibility.VISIBLE, Verdict.COMPILE_ERROR,
                "Ping.java:7: error: ';' expected\n    int x = 1\n             ^")));

    @Test
    void eachDistinctMessageOnceWithTheRankCountsAndInputsItCameAt() {
        assertThat(FeedbackMarkdown.render(graded)).isEqualTo("""
            # Feedback on alice: 3 of 9 points

            | Exercise | Verdict | Points |
            | --- | --- | --- |
            | hello: Hello ranks | PASS | 2/2 |
            | rootsum: Sum at the root | FAIL | 1/5 |
            | p2p: Ping pong | COMPILE_ERROR | 0/2 |

            ## rootsum: Sum at the root

            **FAIL** at 3, 4 and 8 ranks, on input `100` and a hidden input:

            ```
            rank 0 printed sum=12 but expected sum=10
            ```

            **DEADLOCK** at 8 ranks, on input `100`:

            ```
            ranks 1, 2 never returned from Recv
            ```

            ## p2p: Ping pong

            **COMPILE_ERROR** at 2 and 4 ranks:

            ```
            Ping.java:7: error: ';' expected
                int x = 1
                         ^
            ```
            """);
    }

    @Test
    void aHiddenInputIsNamedButNeverShown() {
        String feedback = FeedbackMarkdown.render(result(exercise("rootsum", "Sum at the root",
            failed("rootsum", 4, Visibility.HIDDEN, Verdict.TIMEOUT, "no output within 10 s", "7319", "42"))));

        assertThat(feedback).contains("**TIMEOUT** at 4 ranks, on a hidden input:").doesNotContain("7319");
    }

    @Test
    void aRunNotGradedSaysItIsNoFaultOfTheSubmission() {
        String feedback = FeedbackMarkdown.render(result(exercise("hello", "Hello ranks",
            failed("hello", 1, Visibility.VISIBLE, Verdict.NOT_GRADED, "MPJ Express did not start"))));

        assertThat(feedback).endsWith("""
            **NOT_GRADED** at 1 rank (not graded: the grader or the machine failed, not your submission; \
            ask your teacher to grade it again):

            ```
            MPJ Express did not start
            ```
            """);
    }

    @Test
    void anInconclusiveRowIsShownAsNoFailure() {
        String feedback = FeedbackMarkdown.render(result(exercise("rootsum", "Sum at the root",
            passed("rootsum", 4, Visibility.PARALLEL, "60000000"),
            inconclusive("rootsum", 4, "rootsum at 4 ranks, arguments 60000000: wall-clock speedup inconclusive: "
                + "this machine has 2 cores", "60000000"))));

        assertThat(feedback).contains("| rootsum: Sum at the root | PASS | 1/1 |").endsWith("""
            **INCONCLUSIVE** at 4 ranks (no failure and no points: this machine could not show it):

            ```
            rootsum at 4 ranks, arguments 60000000: wall-clock speedup inconclusive: this machine has 2 cores
            ```
            """);
    }

    @Test
    void everyRunPassedIsSaidAfterTheTable() {
        assertThat(FeedbackMarkdown.render(result(exercise("hello", "Hello ranks",
            passed("hello", 2, Visibility.VISIBLE))))).isEqualTo("""
            # Feedback on alice: 1 of 1 points

            | Exercise | Verdict | Points |
            | --- | --- | --- |
            | hello: Hello ranks | PASS | 1/1 |

            Every run passed.
            """);
    }

    @Test
    void backticksInAMessageCannotCloseItsFence() {
        assertThat(FeedbackMarkdown.fence("printed ``` and `x`")).isEqualTo("````");
        assertThat(FeedbackMarkdown.inlineCode("a`b")).isEqualTo("`` a`b ``");
        assertThat(FeedbackMarkdown.ranks(List.of(3, 4, 8))).isEqualTo("3, 4 and 8 ranks");
    }

    @Test
    void theListenerWritesTheRenderedFeedback() throws Exception {
        Path file = folder.resolve("feedback.md");
        new FeedbackMarkdown(file).gradingFinished(graded);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(FeedbackMarkdown.render(graded));
    }
}
