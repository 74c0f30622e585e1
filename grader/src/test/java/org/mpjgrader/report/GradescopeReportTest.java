package org.mpjgrader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.report.Results.exercise;
import static org.mpjgrader.report.Results.failed;
import static org.mpjgrader.report.Results.inconclusive;
import static org.mpjgrader.report.Results.passed;
import static org.mpjgrader.report.Results.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.HiddenInputValues;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The Gradescope results.json, checked against the fields its specification documents. */
class GradescopeReportTest {
    /**
     * Top-level fields and their JSON types as documented at
     * https://gradescope-autograders.readthedocs.io/en/latest/specs/ ("Output format"), leaderboard left out.
     */
    private static final Map<String, JsonNodeType> TOP_LEVEL = Map.of(
        "score", JsonNodeType.NUMBER,
        "execution_time", JsonNodeType.NUMBER,
        "output", JsonNodeType.STRING,
        "output_format", JsonNodeType.STRING,
        "test_output_format", JsonNodeType.STRING,
        "test_name_format", JsonNodeType.STRING,
        "visibility", JsonNodeType.STRING,
        "stdout_visibility", JsonNodeType.STRING,
        "extra_data", JsonNodeType.OBJECT,
        "tests", JsonNodeType.ARRAY);
    /** The fields of each test, from the same page. */
    private static final Map<String, JsonNodeType> TEST = Map.ofEntries(
        Map.entry("score", JsonNodeType.NUMBER),
        Map.entry("max_score", JsonNodeType.NUMBER),
        Map.entry("status", JsonNodeType.STRING),
        Map.entry("name", JsonNodeType.STRING),
        Map.entry("name_format", JsonNodeType.STRING),
        Map.entry("number", JsonNodeType.STRING),
        Map.entry("output", JsonNodeType.STRING),
        Map.entry("output_format", JsonNodeType.STRING),
        Map.entry("tags", JsonNodeType.ARRAY),
        Map.entry("visibility", JsonNodeType.STRING),
        Map.entry("extra_data", JsonNodeType.OBJECT));
    private static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");

    @TempDir
    Path folder;

    private final GradingResult graded = result(
        exercise("hello", "Hello ranks",
            passed("hello", 2, Visibility.VISIBLE),
            failed("hello", 4, Visibility.VISIBLE, Verdict.FAIL, "rank 3 printed nothing")),
        exercise("rootsum", "Sum at the root",
            passed("rootsum", 4, Visibility.VISIBLE, "100"),
            failed("rootsum", 4, Visibility.HIDDEN, Verdict.NOT_GRADED, "MPJ Express did not start", "7319")));

    @Test
    void everyFieldIsOneTheSpecificationDocumentsWithItsType() throws Exception {
        JsonNode json = written(graded);

        assertThat(json.has("score") && json.has("tests")).isTrue();
        assertDocumented(json, TOP_LEVEL, "results");
        assertThat(json.get("visibility").asText()).isIn(VISIBILITIES);
        assertThat(json.get("stdout_visibility").asText()).isIn(VISIBILITIES);
        assertThat(json.get("tests")).hasSize(4);
        for (JsonNode test : json.get("tests")) {
            assertThat(test.fieldNames()).toIterable()
                .contains("name", "name_format", "score", "max_score", "status", "output", "visibility");
            assertDocumented(test, TEST, test.get("name").asText());
            assertThat(test.get("status").asText()).isIn("passed", "failed");
            assertThat(test.get("visibility").asText()).isIn(VISIBILITIES);
            assertThat(test.get("name_format").asText()).isEqualTo("text");
        }
    }

    @Test
    void aTestPerRunWithItsPointsVerdictAndMessage() throws Exception {
        JsonNode json = written(graded);

        assertThat(json.get("score").asDouble()).isEqualTo(2.0);
        assertThat(json.get("execution_time").asLong()).isEqualTo(4);
        assertThat(json.get("output").asText()).isEqualTo("alice: 2 of 4 points\n\n"
            + "Some runs were not graded because the grader or the machine failed, not because of your "
            + "submission: ask your teacher to grade it again.");
        JsonNode tests = json.get("tests");
        assertThat(tests.findValuesAsText("name")).containsExactly(
            "hello np=2 visible", "hello np=4 visible", "rootsum np=4 visible 100", "rootsum np=4 hidden input");
        assertThat(tests.findValuesAsText("number")).containsExactly("1.1", "1.2", "2.1", "2.2");
        JsonNode wrong = tests.get(1);
        assertThat(wrong.get("status").asText()).isEqualTo("failed");
        assertThat(wrong.get("score").asDouble()).isEqualTo(0.0);
        assertThat(wrong.get("max_score").asDouble()).isEqualTo(1.0);
        assertThat(wrong.get("output").asText()).isEqualTo("rank 3 printed nothing");
        assertThat(wrong.get("visibility").asText()).isEqualTo("visible");
        assertThat(wrong.get("extra_data").get("verdict").asText()).isEqualTo("FAIL");
        JsonNode right = tests.get(0);
        assertThat(right.get("status").asText()).isEqualTo("passed");
        assertThat(right.get("score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aHiddenRunShowsAfterTheDueDateWithoutItsArguments() throws Exception {
        JsonNode hidden = written(graded).get("tests").get(3);

        assertThat(hidden.get("visibility").asText()).isEqualTo("after_due_date");
        assertThat(hidden.toString()).doesNotContain("7319");
    }

    @Test
    void whereTheCourseAllowsItAFailedHiddenTestShowsItsInputAfterTheDueDate() throws Exception {
        GradingResult failedHidden = result(exercise("rootsum", "Sum at the root",
            failed("rootsum", 4, Visibility.HIDDEN, Verdict.FAIL, "the total sum is wrong", "655696"),
            passed("rootsum", 3, Visibility.HIDDEN, "1234")));
        Path file = folder.resolve("after.json");
        new GradescopeReport(file, HiddenInputValues.AFTER_DUE_DATE).gradingFinished(failedHidden);
        JsonNode tests = new ObjectMapper().readTree(file.toFile()).get("tests");

        assertThat(tests.get(0).get("visibility").asText()).isEqualTo("after_due_date");
        assertThat(tests.get(0).get("name").asText()).isEqualTo("rootsum np=4 hidden input");
        assertThat(tests.get(0).get("output").asText()).endsWith("\n\nThe hidden input was: 655696");
        // A passed hidden run keeps its input to itself: nothing to learn from it.
        assertThat(tests.get(1).toString()).doesNotContain("1234");
        assertThat(written(failedHidden).toString()).doesNotContain("655696");
    }

    @Test
    void aRunNotGradedScoresZeroAndSaysItIsNoFaultOfTheStudent() throws Exception {
        JsonNode notGraded = written(graded).get("tests").get(3);

        assertThat(notGraded.get("score").asDouble()).isEqualTo(0.0);
        assertThat(notGraded.get("status").asText()).isEqualTo("failed");
        assertThat(notGraded.get("extra_data").get("verdict").asText()).isEqualTo("NOT_GRADED");
        assertThat(notGraded.get("output").asText()).isEqualTo("MPJ Express did not start\n\n"
            + "This run was not graded because the grader or the machine failed, not because of your submission: "
            + "ask your teacher to grade it again.");
    }

    @Test
    void anInconclusiveRowPassesWithNoPointsAndSaysWhy() throws Exception {
        String reason = "rootsum at 4 ranks, arguments 60000000: wall-clock speedup inconclusive: this machine has 2 "
            + "cores, so 4 ranks cannot run at once";
        JsonNode row = written(result(exercise("rootsum", "Sum at the root",
            inconclusive("rootsum", 4, reason, "60000000")))).get("tests").get(0);

        assertThat(row.get("name").asText()).isEqualTo("rootsum np=4 wall-clock speedup 60000000");
        assertThat(row.get("status").asText()).isEqualTo("passed");
        assertThat(row.get("max_score").asDouble()).isZero();
        assertThat(row.get("output").asText()).isEqualTo(reason);
        assertThat(row.get("extra_data").get("verdict").asText()).isEqualTo("INCONCLUSIVE");
    }

    @Test
    void theFileIsWrittenWholeWithNothingLeftBeside() throws Exception {
        Path file = folder.resolve("results").resolve("results.json");
        new GradescopeReport(file).gradingFinished(graded);

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    private JsonNode written(GradingResult result) throws Exception {
        Path file = folder.resolve("results.json");
        new GradescopeReport(file).gradingFinished(result);
        return new ObjectMapper().readTree(file.toFile());
    }

    private static void assertDocumented(JsonNode object, Map<String, JsonNodeType> documented, String where) {
        List<String> problems = new ArrayList<>();
        object.fields().forEachRemaining(field -> {
            JsonNodeType type = documented.get(field.getKey());
            if (type == null) {
                problems.add(field.getKey() + " is not documented");
            } else if (field.getValue().getNodeType() != type) {
                problems.add(field.getKey() + " is " + field.getValue().getNodeType() + ", not " + type);
            }
        });
        assertThat(problems).as(where).isEmpty();
    }
}
