package org.mpjgrader.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import org.mpjgrader.result.HiddenInputValues;

/**
 * What holds for the whole course rather than one exercise, from the optional {@code course/course.yaml}
 * (docs/course-packages.md); without the file, the defaults.
 *
 * @param hiddenInputValues whether the values of failing hidden inputs reach students, and where
 * @param matchings         the schedules a run that may race is explored under, in the exercises whose package does
 *                          not say its own ({@code matchings} in {@code exercise.yaml})
 */
public record CourseSettings(HiddenInputValues hiddenInputValues, Matchings matchings) {
    /** The file, in the course's {@code course/} folder. */
    public static final String FILE = "course.yaml";
    public static final CourseSettings DEFAULT = new CourseSettings(HiddenInputValues.NEVER, Matchings.DEFAULT);
    private static final String HIDDEN_INPUT_VALUES = "hidden_input_values";
    private static final String SETTINGS = HIDDEN_INPUT_VALUES + ", " + Matchings.KEY;

    /**
     * Reads {@code course/course.yaml} of the course at {@code courseRoot}.
     *
     * @throws PackageException naming the file, line and column of what is wrong
     */
    public static CourseSettings read(Path courseRoot) {
        Path file = courseRoot.resolve(Course.FOLDER).resolve(FILE).normalize();
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        JsonNode root = parse(file);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return DEFAULT;
        }
        if (!root.isObject()) {
            throw new PackageException(new PackageProblem(file, 1, 1, "expected a mapping of the course's settings ("
                + SETTINGS + ")"));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(HIDDEN_INPUT_VALUES) && !name.equals(Matchings.KEY)) {
                throw problem(file, root.get(name), "unknown setting '" + name + "': expected " + SETTINGS);
            }
        }
        JsonNode value = root.get(HIDDEN_INPUT_VALUES);
        HiddenInputValues hidden = value == null ? DEFAULT.hiddenInputValues()
            : HiddenInputValues.ofYaml(value.asText()).orElseThrow(() -> problem(file, value,
                HIDDEN_INPUT_VALUES + " is '" + value.asText() + "': expected one of " + Arrays.stream(
                    HiddenInputValues.values()).map(HiddenInputValues::yamlName).collect(Collectors.joining(", "))));
        JsonNode matchings = root.get(Matchings.KEY);
        return new CourseSettings(hidden, matchings == null ? DEFAULT.matchings()
            : Matchings.read(matchings, DEFAULT.matchings(), (node, what) -> problem(file, node, what)));
    }

    private static JsonNode parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonNodes.readTree(new ObjectMapper(new YAMLFactory()), in,
                LocationJsonNodeFactoryFactory.getInstance());
        } catch (IOException | RuntimeException e) {
            throw new PackageException(new PackageProblem(file, 0, 0, "not valid YAML: " + e.getMessage()));
        }
    }

    private static PackageException problem(Path file, JsonNode node, String what) {
        JsonLocation at = JsonNodes.tokenStreamLocationOf(node);
        return new PackageException(at == null ? new PackageProblem(file, 0, 0, what)
            : new PackageProblem(file, at.getLineNr(), at.getColumnNr(), what));
    }
}
