package org.mpjgrader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.report.Results.failed;
import static org.mpjgrader.report.Results.passed;
import static org.mpjgrader.report.Results.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The pattern an exercise's rank counts show, once per exercise in every report. */
class RankPatternReportTest {
    private static final String PATTERN = "fails when the rank count does not divide ni (200): passes at 1, 2, 4 "
        + "ranks, fails at 3 ranks";
    private static final String HIDDEN_PATTERN = "fails with more than 1 rank: passes at 1 rank, fails at 2 ranks";
    private static final String WRONG_ROWS = "rows 198, 199 are 0";

    @TempDir
    Path folder;

    private final ExerciseResult mandelbrot = new ExerciseResult("mandelbrot", "Mandelbrot", List.of(
        passed("mandelbrot", 1, Visibility.VISIBLE, "200", "200"),
        passed("mandelbrot", 2, Visibility.VISIBLE, "200", "200"),
        failed("mandelbrot", 3, Visibility.VISIBLE, Verdict.FAIL, WRONG_ROWS, "200", "200"),
        passed("mandelbrot", 4, Visibility.VISIBLE, "200", "200")), PATTERN);
    /** An exercise whose pattern tells how hidden runs went. */
    private final ExerciseResult matmul = new ExerciseResult("matmul", "Matrices", List.of(
        passed("matmul", 1, Visibility.HIDDEN, "37"),
        failed("matmul", 2, Visibility.HIDDEN, Verdict.FAIL, "wrong checksum", "37")), HIDDEN_PATTERN);
    private final GradingResult graded = result(mandelbrot, matmul);

    @Test
    void theConsoleShowsThePatternUnderTheExercisesRows() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleReport console = new ConsoleReport(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        mandelbrot.runs().forEach(console::runFinished);
        console.exerciseFinished(mandelbrot);
        console.exerciseFinished(new ExerciseResult("hello", "Hello", List.of(passed("hello", 1, Visibility.VISIBLE))));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(4)).isEqualTo("  mandelbrot " + PATTERN);
    }

    @Test
    void theJsonHasAPatternPerExerciseAndReadsItBack() {
        JsonNode json = JsonReport.toJson(graded);

        assertThat(json.get("exercises").get(0).get("pattern").asText()).isEqualTo(PATTERN);
        assertThat(JsonReport.fromJson(json).exercises()).extracting(ExerciseResult::pattern)
            .containsExactly(PATTERN, HIDDEN_PATTERN);
    }

    @Test
    void jsonWrittenBeforePatternsReadsAsNone() {
        JsonNode json = JsonReport.toJson(graded);
        ((ObjectNode) json.get("exercises").get(0)).remove("pattern");

        assertThat(JsonReport.fromJson(json).exercises().get(0).hasPattern()).isFalse();
    }

    @Test
    void theFeedbackStatesThePatternUnderTheExercisesHeading() {
        assertThat(FeedbackMarkdown.render(result(mandelbrot))).endsWith("""
            ## mandelbrot: Mandelbrot

            **Pattern:** %s.

            **FAIL** at 3 ranks, on input `200 200`:

            ```
            %s
            ```
            """.formatted(PATTERN, WRONG_ROWS));
    }

    @Test
    void theJunitSuiteRecordsThePatternAsAProperty() throws Exception {
        new JunitXmlReport(folder).gradingFinished(graded);

        assertThat(Files.readString(folder.resolve("TEST-mandelbrot.xml")))
            .contains("<property name=\"mpj-grader.pattern\" value=\"" + PATTERN + "\"/>");
    }

    @Test
    void gradescopeShowsAPatternOfVisibleRunsOnlyAndKeepsEveryPatternForTheTeacher() {
        JsonNode json = GradescopeReport.toJson(graded);

        assertThat(json.get("output").asText()).isEqualTo("alice: 4 of 6 points\n\nmandelbrot " + PATTERN);
        assertThat(json.get("extra_data").get("patterns").get("matmul").asText()).isEqualTo(HIDDEN_PATTERN);
        assertThat(json.get("extra_data").get("patterns").get("mandelbrot").asText()).isEqualTo(PATTERN);
    }
}
