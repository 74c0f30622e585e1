package org.mpjgrader.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schema every {@code exercise.yaml} must satisfy: {@code course/exercise.schema.json}, the file editors
 * read, built into the grader's jar. A violation is a problem at the place of the YAML it concerns.
 */
final class PackageSchema {
    static final String RESOURCE = "exercise.schema.json";

    private final Schema schema;

    PackageSchema() {
        try (InputStream in = PackageSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the grader's jar lacks " + RESOURCE);
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param root a tree read with the locations of its nodes ({@link PackageReader} reads it so) */
    List<PackageProblem> problems(Path file, JsonNode root) {
        List<PackageProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(root)) {
            JsonNode node = JsonNodes.get(root, error.getInstanceLocation());
            JsonLocation at = node == null ? null : JsonNodes.tokenStreamLocationOf(node);
            String field = field(error.getInstanceLocation());
            String what = field.isEmpty() ? error.getMessage() : field + ": " + error.getMessage();
            problems.add(at == null ? new PackageProblem(file, 0, 0, what)
                : new PackageProblem(file, at.getLineNr(), at.getColumnNr(), what));
        }
        return problems;
    }

    /** {@code checks[0].kind}: the field as the package's author reads it; empty for the whole file. */
    private static String field(NodePath path) {
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(element);
            }
        }
        return field.toString();
    }
}
