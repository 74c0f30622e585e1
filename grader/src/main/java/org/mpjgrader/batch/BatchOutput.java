package org.mpjgrader.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mpjgrader.report.AtomicFile;
import org.mpjgrader.report.JsonReport;
import org.mpjgrader.result.GradingResult;

/**
 * The output folder of a batch: {@code batch.json} (its settings), {@code students/NAME/} per student
 * ({@code result.json}, written last and atomically, so that its presence means the student is done;
 * {@code feedback.md}; {@code junit/}), and what is built from them: the gradebook, the summary, similarity.
 */
public final class BatchOutput {
    static final String SETTINGS = "batch.json";
    static final String STUDENTS = "students";
    static final String RESULT = "result.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;

    public BatchOutput(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path studentFolder(String student) {
        return root.resolve(STUDENTS).resolve(student);
    }

    public Path resultFile(String student) {
        return studentFolder(student).resolve(RESULT);
    }

    /** Whether the student's grading is complete on disk (results are written whole or not at all). */
    public boolean isDone(String student) {
        return Files.isRegularFile(resultFile(student));
    }

    /** The settings this folder was graded with, if any student was. */
    public Optional<BatchSettings> settings() {
        Path file = root.resolve(SETTINGS);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), BatchSettings.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public void writeSettings(BatchSettings settings) {
        AtomicFile.write(root.resolve(SETTINGS), json(settings));
    }

    /** The students with a complete result, by name. */
    public List<String> gradedStudents() {
        Path students = root.resolve(STUDENTS);
        if (!Files.isDirectory(students)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(students)) {
            return entries.map(p -> p.getFileName().toString()).filter(this::isDone).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + students, e);
        }
    }

    /** Every complete result, by student name. */
    public List<StudentResult> results() {
        List<StudentResult> results = new ArrayList<>();
        for (String student : gradedStudents()) {
            results.add(new StudentResult(student, JsonReport.read(resultFile(student))));
        }
        return results;
    }

    /** A student's name with the grading read back from {@code result.json}. */
    public record StudentResult(String student, GradingResult result) {
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }
}
