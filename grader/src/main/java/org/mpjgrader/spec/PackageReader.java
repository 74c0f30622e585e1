package org.mpjgrader.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.mpjgrader.check.CheckKind;

/**
 * Reads an exercise package's {@code exercise.yaml}: YAML with the place of every node kept, checked against the
 * schema, then built into an {@link ExercisePackage} with the check kinds and hidden-input generators found
 * through {@link ServiceLoader}.
 * Whatever is wrong is a {@link PackageException} naming the file, line and column.
 */
final class PackageReader {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final PackageSchema schema = new PackageSchema();
    private final Map<String, CheckKind> kinds = new TreeMap<>();
    private final Map<String, GeneratorKind> generators = new TreeMap<>();
    private final Matchings courseMatchings;

    PackageReader() {
        this(Matchings.DEFAULT);
    }

    /** @param courseMatchings the course's schedules, for the packages that do not say theirs */
    PackageReader(Matchings courseMatchings) {
        this.courseMatchings = courseMatchings;
        for (CheckKind kind : ServiceLoader.load(CheckKind.class, PackageReader.class.getClassLoader())) {
            kinds.putIfAbsent(kind.name(), kind);
        }
        for (GeneratorKind kind : ServiceLoader.load(GeneratorKind.class, PackageReader.class.getClassLoader())) {
            generators.putIfAbsent(kind.name(), kind);
        }
    }

    ExercisePackage read(Path file) {
        JsonNode root = parse(file);
        List<PackageProblem> problems = schema.problems(file, root);
        if (!problems.isEmpty()) {
            throw new PackageException(problems);
        }
        return new PackageFields(file, root, kinds, generators, courseMatchings).exercisePackage();
    }

    private JsonNode parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = JsonNodes.readTree(yaml, in, LocationJsonNodeFactoryFactory.getInstance());
            if (root == null || !root.isObject()) {
                throw new PackageException(new PackageProblem(file, 1, 1,
                    "expected an exercise package: a mapping of id, lesson, title, main_class, ..."));
            }
            return root;
        } catch (PackageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PackageException(unreadable(file, e));
        }
    }

    /** Broken YAML: the parser's first line, at its place. */
    private static PackageProblem unreadable(Path file, Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JsonProcessingException parse) {
            JsonLocation at = parse.getLocation();
            String what = "not valid YAML: " + parserWords(parse.getOriginalMessage());
            return at == null ? new PackageProblem(file, 0, 0, what)
                : new PackageProblem(file, at.getLineNr(), at.getColumnNr(), what);
        }
        return new PackageProblem(file, 0, 0, "cannot be read: " + e.getMessage());
    }

    /**
     * The YAML parser's sentences on one line ({@code while parsing a flow sequence; expected ',' or ']', but got
     * <block mapping start>}), without its quotes of the file and marks, which the line and column replace.
     */
    static String parserWords(String message) {
        return String.join("; ", message.lines()
            .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
            .map(String::strip).toList());
    }
}
