package org.mpjgrader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mpjgrader.cli.Main;

/**
 * One call of the command line, exactly as {@code grader/grade} makes it, with what it printed and the JSON
 * it wrote; without wall-clock speedup rows unless the arguments ask for them ({@code --wall-rounds}), so that
 * gradings that do not test them neither pay for their timed rounds nor list them.
 */
public record GradeRun(int exitCode, String out, String err, JsonNode json) {

    public static GradeRun of(Path jsonFile, String... args) throws Exception {
        return of(null, jsonFile, args);
    }

    /**
     * As {@link #of(Path, String...)}, for the course at {@code courseRoot}: a copy with other packages (null: the
     * {@code course.root} property's, as {@code grader/grade} reads it).
     */
    public static GradeRun of(Path courseRoot, Path jsonFile, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--json", jsonFile.toString()));
        if (!all.contains("--wall-rounds")) {
            all.addAll(List.of("--wall-rounds", "0"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = courseRoot == null ? Main.run(all.toArray(String[]::new), printed, errors)
            : Main.run(courseRoot, all.toArray(String[]::new), printed, errors);
        JsonNode json = Files.exists(jsonFile) ? new ObjectMapper().readTree(jsonFile.toFile()) : null;
        return new GradeRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), json);
    }

    public JsonNode exercise(String id) {
        for (JsonNode e : json.get("exercises")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no exercise " + id + " in " + json);
    }

    /** The verdicts of an exercise's runs, in rank-count order. */
    public List<String> verdicts(String id) {
        List<String> verdicts = new ArrayList<>();
        exercise(id).get("runs").forEach(r -> verdicts.add(r.get("verdict").asText()));
        return verdicts;
    }

    /** Each run of an exercise on a line of its own, verdict and message: what a failed verdict assertion shows. */
    public String runs(String id) {
        StringBuilder runs = new StringBuilder("the runs of " + id + ":");
        exercise(id).get("runs").forEach(r -> runs.append("\n  ").append(r.get("np").asInt()).append(" ranks, ")
            .append(r.get("visibility").asText()).append(": ").append(r.get("verdict").asText()).append(": ")
            .append(r.get("message").asText().replace("\n", "\n    ")));
        return runs.toString();
    }

    /** The message of the run of {@code id} at {@code np} ranks. */
    public String message(String id, int np) {
        for (JsonNode r : exercise(id).get("runs")) {
            if (r.get("np").asInt() == np) {
                return r.get("message").asText();
            }
        }
        throw new AssertionError("no run of " + id + " at " + np + " ranks");
    }
}
