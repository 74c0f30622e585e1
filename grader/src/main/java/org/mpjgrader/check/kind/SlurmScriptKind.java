package org.mpjgrader.check.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mpjgrader.check.CheckKind;
import org.mpjgrader.check.CheckSettingsException;
import org.mpjgrader.check.ContractArguments;
import org.mpjgrader.check.ExerciseCheck;
import org.mpjgrader.check.JobProgram;
import org.mpjgrader.check.SlurmScriptCheck;
import org.mpjgrader.check.lines.Expression;
import org.mpjgrader.check.lines.ExpressionParser;

/**
 * {@code kind: slurm-script}: a batch script ({@code script: mandelbrot.slurm}), run once as a job of the program
 * the package's {@code main_class} names. The settings say what the grader cannot know of that program: the job
 * name the hints suggest ({@code job_name}), the line of its output compared with the reference's
 * ({@code output: {line: "Checksum: {checksum}", relative: 5e-5}}), and which arguments the reference can be run
 * with ({@code program_arguments}: {@code usage}, the {@code whole} and {@code text} ones among the package's
 * {@code arguments}, the program's {@code defaults}, and {@code most_work}).
 */
public final class SlurmScriptKind implements CheckKind {
    private static final String NAME = "slurm-script";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExerciseCheck create(JsonNode settings, ExerciseCheck before) {
        return create(settings, before, ContractArguments.NONE);
    }

    @Override
    public ExerciseCheck create(JsonNode settings, ExerciseCheck before, ContractArguments arguments) {
        if (before != null) {
            throw new IllegalArgumentException("the check kind '" + NAME + "' grades a script, not a program's "
                + "output: it is an exercise's only check");
        }
        String script = text(settings, "script", "the script's file name");
        String jobName = text(settings, "job_name", "the job's name the hints suggest (--job-name)");
        JsonNode output = required(settings, "output", "what the job's output must hold: {line: \"Checksum: "
            + "{checksum}\", relative: 5e-5}");
        JsonNode program = required(settings, "program_arguments", "the arguments the reference can be run with: "
            + "usage, whole, text, defaults, most_work");
        List<String> names = arguments.names();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the check kind '" + NAME + "' needs the package's 'arguments', the "
                + "names of the program's arguments");
        }
        try {
            return new SlurmScriptCheck(script, new JobProgram(jobName, text(output, "line", "the output line"),
                output.path("relative").asDouble(0), text(program, "usage", "the program's usage line"), names,
                argumentNames(program.path("whole"), names), argumentNames(program.path("text"), names),
                defaults(program.path("defaults"), names), mostWork(program.path("most_work"), names)));
        } catch (CheckSettingsException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(output, e.getMessage());
        }
    }

    private static JsonNode required(JsonNode settings, String field, String what) {
        JsonNode node = settings.path(field);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("the check kind '" + NAME + "' needs '" + field + "', " + what);
        }
        return node;
    }

    private static String text(JsonNode settings, String field, String what) {
        String text = required(settings, field, what).asText("");
        if (text.isBlank()) {
            throw new CheckSettingsException(settings.path(field), "the check kind '" + NAME + "' needs '" + field
                + "', " + what);
        }
        return text;
    }

    private static Set<String> argumentNames(JsonNode list, List<String> names) {
        Set<String> found = new LinkedHashSet<>();
        for (JsonNode name : list) {
            found.add(argument(name, name.asText(), names));
        }
        return found;
    }

    private static Map<String, Double> defaults(JsonNode map, List<String> names) {
        Map<String, Double> defaults = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> defaults.put(argument(e.getValue(), e.getKey(), names),
            e.getValue().asDouble()));
        return defaults;
    }

    private static String argument(JsonNode at, String name, List<String> names) {
        if (!names.contains(name)) {
            throw new CheckSettingsException(at, "'" + name + "' is not one of the package's arguments: "
                + String.join(", ", names));
        }
        return name;
    }

    private static Optional<JobProgram.WorkLimit> mostWork(JsonNode limit, List<String> names) {
        if (limit.isMissingNode()) {
            return Optional.empty();
        }
        String work = text(limit, "work", "what is bounded, an expression of the arguments' names");
        Expression value;
        try {
            value = ExpressionParser.parse(work, Set.copyOf(names));
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(limit.path("work"), e.getMessage());
        }
        return Optional.of(new JobProgram.WorkLimit(work, value::value, limit.path("at_most").asDouble(),
            text(limit, "message", "why a job beyond the bound is not checked")));
    }
}
