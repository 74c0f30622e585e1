package org.mpjgrader.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.report.AtomicFile;

/**
 * One row per student, one column per exercise, the total, and what the student's programs tried (integrity): built from the results alone (never from when
 * or where they were graded), so that a resumed batch, a merged set of shares and one uninterrupted run give
 * the same file.
 */
public record Gradebook(List<String> exercises, List<Row> rows) {
    static final String CSV = "gradebook.csv";
    static final String JSON_FILE = "gradebook.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A student's line: {@code status} is {@code graded} or {@code NOT_GRADED} (the machine's fault, no score);
     * {@code integrity} what the student's programs tried that the sandbox denies or the grader forbids, by kind
     * ({@code process; read outside}), empty for nothing.
     */
    public record Row(String student, String status, Map<String, Double> scores, double total, double maxTotal,
                      String integrity) {
    }

    public static Gradebook of(List<String> exercises, List<BatchOutput.StudentResult> results) {
        List<Row> rows = new ArrayList<>();
        for (BatchOutput.StudentResult student : results) {
            GradingResult result = student.result();
            Map<String, Double> scores = new LinkedHashMap<>();
            for (String id : exercises) {
                scores.put(id, result.exercises().stream().filter(e -> e.id().equals(id))
                    .mapToDouble(ExerciseResult::score).sum());
            }
            rows.add(new Row(student.student(), result.anyNotGraded() ? "NOT_GRADED" : "graded", scores,
                result.score(), result.maxScore(), result.integrityKinds()));
        }
        return new Gradebook(List.copyOf(exercises), List.copyOf(rows));
    }

    public String csv() {
        CsvSchema.Builder schema = CsvSchema.builder().addColumn("student").addColumn("status");
        exercises.forEach(schema::addColumn);
        schema.addColumn("total").addColumn("max").addColumn("integrity");
        List<List<String>> lines = new ArrayList<>();
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.student(), row.status()));
            exercises.forEach(id -> cells.add(number(row.scores().get(id))));
            cells.add(number(row.total()));
            cells.add(number(row.maxTotal()));
            cells.add(row.integrity());
            lines.add(cells);
        }
        try {
            // Quotes only where a cell needs them (by default Jackson quotes every long cell).
            return new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writer(schema.build().withHeader()).writeValueAsString(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gradebook as CSV", e);
        }
    }

    public String json() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode ids = root.putArray("exercises");
        exercises.forEach(ids::add);
        ArrayNode students = root.putArray("students");
        for (Row row : rows) {
            ObjectNode s = students.addObject();
            s.put("student", row.student());
            s.put("status", row.status());
            ObjectNode scores = s.putObject("scores");
            row.scores().forEach(scores::put);
            s.put("total", row.total());
            s.put("max", row.maxTotal());
            s.put("integrity", row.integrity());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gradebook as JSON", e);
        }
    }

    /** Writes {@code gradebook.csv} and {@code gradebook.json} into {@code folder}, each whole or not at all. */
    public void writeTo(Path folder) {
        AtomicFile.write(folder.resolve(CSV), csv().getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(folder.resolve(JSON_FILE), json().getBytes(StandardCharsets.UTF_8));
    }

    /** 4.0 as "4", 2.5 as "2.5": what a spreadsheet reads, without float noise. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
