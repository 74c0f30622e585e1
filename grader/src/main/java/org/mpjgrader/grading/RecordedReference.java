package org.mpjgrader.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.spec.ExerciseSpec;

/**
 * Expected output recorded from the reference solutions for the visible runs, for a copy of the course without
 * them (the students' repository): {@code {"references": [{"exercise", "np", "arguments", "stdout", "files"}]}}.
 */
public final class RecordedReference implements ReferenceSource {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, ReferenceOutput> recorded;

    private RecordedReference(Map<String, ReferenceOutput> recorded) {
        this.recorded = recorded;
    }

    public static RecordedReference read(Path file) {
        try {
            Map<String, ReferenceOutput> recorded = new LinkedHashMap<>();
            for (JsonNode entry : JSON.readTree(file.toFile()).get("references")) {
                List<String> arguments = new ArrayList<>();
                entry.get("arguments").forEach(a -> arguments.add(a.asText()));
                List<List<String>> stdout = new ArrayList<>();
                entry.get("stdout").forEach(rank -> {
                    List<String> lines = new ArrayList<>();
                    rank.forEach(l -> lines.add(l.asText()));
                    stdout.add(lines);
                });
                Map<String, String> files = new LinkedHashMap<>();
                entry.get("files").fields().forEachRemaining(f -> files.put(f.getKey(), f.getValue().asText()));
                recorded.put(key(entry.get("exercise").asText(), entry.get("np").asInt(), arguments),
                    new ReferenceOutput(stdout, files));
            }
            return new RecordedReference(recorded);
        } catch (IOException | NullPointerException e) {
            throw new ReferenceUnavailableException("cannot read the recorded expected output " + file + ": " + e);
        }
    }

    /** Runs {@code source} for every visible run of {@code exercises} and writes what it printed to {@code file}. */
    public static void record(List<ExerciseSpec> exercises, ReferenceSource source, Path file) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode references = root.putArray("references");
        for (ExerciseSpec exercise : exercises) {
            if (!exercise.check().needsReference()) {
                continue;
            }
            for (int np : exercise.rankCounts()) {
                ReferenceOutput output = source.reference(exercise, np, exercise.visibleArguments());
                ObjectNode entry = references.addObject();
                entry.put("exercise", exercise.id());
                entry.put("np", np);
                exercise.visibleArguments().forEach(entry.putArray("arguments")::add);
                ArrayNode stdout = entry.putArray("stdout");
                output.stdout().forEach(lines -> lines.forEach(stdout.addArray()::add));
                ObjectNode files = entry.putObject("files");
                output.files().forEach(files::put);
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ReferenceOutput reference(ExerciseSpec exercise, int np, List<String> arguments) {
        ReferenceOutput output = recorded.get(key(exercise.id(), np, arguments));
        if (output == null) {
            throw new ReferenceUnavailableException("no expected output is recorded for " + exercise.id() + " at "
                + np + " ranks with arguments " + arguments);
        }
        return output;
    }

    @Override
    public boolean computesNewInputs() {
        return false;
    }

    private static String key(String exercise, int np, List<String> arguments) {
        return exercise + "|" + np + "|" + String.join(" ", arguments);
    }
}
