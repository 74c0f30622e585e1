package org.mpjgrader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.Communication;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingEnvironment;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.IntegrityFlag;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/**
 * Writes the result as JSON: {@code {"score", "max_score", "exercises": [{"id", "score", "max_score", "pattern",
 * "runs": [{"np", "verdict", "message", "wall_s", ...}]}]}}, plus what a regrade needs (seed, version).
 * {@code pattern} is what the exercise's rank counts show, or empty; {@code integrity} (at the top, one line per thing
 * tried, and in each run, one object per kind) what the programs tried that the sandbox denies or the grader forbids.
 * The file is written under a temporary name and moved into place: it is there whole or not at all.
 */
public final class JsonReport implements GradingListener {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public JsonReport(Path file) {
        this.file = file;
    }

    @Override
    public void gradingFinished(GradingResult result) {
        ObjectNode json = toJson(result);
        AtomicFile.write(file, out -> JSON.writeValue(out, json));
    }

    public static ObjectNode toJson(GradingResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("submission", result.submission());
        root.put("score", result.score());
        root.put("max_score", result.maxScore());
        root.put("seed", result.seed());
        root.put("grader_version", result.graderVersion());
        GradingEnvironment environment = result.environment();
        ObjectNode machine = root.putObject("environment");
        machine.put("java", environment.javaVersion());
        machine.put("mpj_express", environment.mpjExpress());
        machine.put("cores", environment.cores());
        machine.put("isolation", environment.isolation());
        root.put("graded_at", result.gradedAt().toString());
        ArrayNode tried = root.putArray("integrity");
        result.integrityLines().forEach(tried::add);
        ArrayNode exercises = root.putArray("exercises");
        for (ExerciseResult exercise : result.exercises()) {
            ObjectNode e = exercises.addObject();
            e.put("id", exercise.id());
            e.put("lesson", exercise.title());
            e.put("verdict", exercise.verdict().name());
            e.put("score", exercise.score());
            e.put("max_score", exercise.maxScore());
            e.put("pattern", exercise.pattern());
            ArrayNode runs = e.putArray("runs");
            for (RunGrade run : exercise.runs()) {
                runs.add(run(run));
            }
        }
        return root;
    }

    private static ObjectNode run(RunGrade run) {
        ObjectNode r = JSON.createObjectNode();
        r.put("np", run.np());
        ArrayNode args = r.putArray("arguments");
        run.arguments().forEach(args::add);
        r.put("visibility", run.visibility().name().toLowerCase(java.util.Locale.ROOT));
        r.put("verdict", run.verdict().name());
        r.put("message", run.message());
        r.put("score", run.points());
        r.put("max_score", run.maxPoints());
        r.put("wall_s", run.wall().toNanos() / 1e9);
        if (!run.scheduler().isEmpty()) {
            r.put("scheduler", run.scheduler());
        }
        if (!run.measurements().isEmpty()) {
            ObjectNode measured = r.putObject("measurements");
            run.measurements().forEach(measured::put);
        }
        if (run.communication().any()) {
            r.set("communication", communication(run.communication()));
        }
        ArrayNode integrity = r.putArray("integrity");
        for (IntegrityFlag flag : run.integrity()) {
            ObjectNode f = integrity.addObject();
            f.put("kind", flag.kind());
            f.put("message", flag.message());
            f.put("count", flag.count());
            f.put("forged", flag.forged());
            f.put("zeroable", flag.zeroable());
        }
        ArrayNode checks = r.putArray("checks");
        for (CheckResult check : run.checks()) {
            ObjectNode c = checks.addObject();
            c.put("name", check.name());
            c.put("passed", check.passed());
            c.put("score", check.points());
            c.put("max_score", check.maxPoints());
            c.put("message", check.message());
        }
        return r;
    }

    /** Who sent whom how many messages and bytes (row: sender, column: receiver), and the calls by kind. */
    private static ObjectNode communication(Communication said) {
        ObjectNode c = JSON.createObjectNode();
        ArrayNode messages = c.putArray("messages");
        said.messages().forEach(row -> row.forEach(messages.addArray()::add));
        ArrayNode bytes = c.putArray("bytes");
        said.bytes().forEach(row -> row.forEach(bytes.addArray()::add));
        ObjectNode calls = c.putObject("calls");
        said.calls().forEach(calls::put);
        c.put("complete", said.complete());
        return c;
    }

    private static Communication communicationFromJson(JsonNode c) {
        if (c.isMissingNode()) {
            return Communication.NONE; // results written before calls were recorded
        }
        Map<String, Integer> calls = new java.util.TreeMap<>();
        c.path("calls").fields().forEachRemaining(k -> calls.put(k.getKey(), k.getValue().asInt()));
        return new Communication(matrix(c.path("messages")), matrix(c.path("bytes")), calls,
            c.path("complete").asBoolean(true));
    }

    private static List<List<Long>> matrix(JsonNode rows) {
        List<List<Long>> matrix = new ArrayList<>();
        for (JsonNode row : rows) {
            List<Long> values = new ArrayList<>();
            row.forEach(v -> values.add(v.asLong()));
            matrix.add(values);
        }
        return matrix;
    }

    /** A result as {@link #gradingFinished} wrote it: what batch grading reads back to build its gradebook. */
    public static GradingResult read(Path file) {
        try {
            return fromJson(JSON.readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a grading result: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    static GradingResult fromJson(JsonNode root) {
        JsonNode machine = root.path("environment");
        GradingEnvironment environment = new GradingEnvironment(root.path("grader_version").asText(),
            machine.path("java").asText(), machine.path("mpj_express").asText(), machine.path("cores").asInt(),
            machine.path("isolation").asText());
        List<ExerciseResult> exercises = new ArrayList<>();
        for (JsonNode e : root.path("exercises")) {
            List<RunGrade> runs = new ArrayList<>();
            for (JsonNode r : e.path("runs")) {
                runs.add(runFromJson(e.path("id").asText(), r));
            }
            // Results written before patterns were found have none.
            exercises.add(new ExerciseResult(e.path("id").asText(), e.path("lesson").asText(), runs,
                e.path("pattern").asText("")));
        }
        return new GradingResult(root.path("submission").asText(), root.path("seed").asLong(), environment,
            Instant.parse(root.path("graded_at").asText()), exercises);
    }

    private static RunGrade runFromJson(String exercise, JsonNode r) {
        List<String> arguments = new ArrayList<>();
        r.path("arguments").forEach(a -> arguments.add(a.asText()));
        List<CheckResult> checks = new ArrayList<>();
        for (JsonNode c : r.path("checks")) {
            checks.add(new CheckResult(c.path("name").asText(), c.path("score").asDouble(),
                c.path("max_score").asDouble(), c.path("passed").asBoolean(), c.path("message").asText()));
        }
        java.util.Map<String, Double> measured = new java.util.TreeMap<>();
        r.path("measurements").fields().forEachRemaining(m -> measured.put(m.getKey(), m.getValue().asDouble()));
        return new RunGrade(exercise, r.path("np").asInt(), arguments,
            Visibility.valueOf(r.path("visibility").asText().toUpperCase(java.util.Locale.ROOT)),
            Verdict.valueOf(r.path("verdict").asText()), r.path("message").asText(), r.path("score").asDouble(),
            r.path("max_score").asDouble(), checks, Duration.ofNanos(Math.round(r.path("wall_s").asDouble() * 1e9)),
            measured, communicationFromJson(r.path("communication")), r.path("scheduler").asText(""),
            integrityFromJson(r.path("integrity")));
    }

    private static List<IntegrityFlag> integrityFromJson(JsonNode flags) {
        List<IntegrityFlag> read = new ArrayList<>(); // none in results written before they were recorded
        for (JsonNode f : flags) {
            read.add(new IntegrityFlag(f.path("kind").asText(), f.path("message").asText(), f.path("count").asLong(),
                f.path("forged").asBoolean(), f.path("zeroable").asBoolean()));
        }
        return read;
    }
}
