package org.mpjgrader.check.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mpjgrader.check.CheckKind;
import org.mpjgrader.check.CheckSettingsException;
import org.mpjgrader.check.ContractArguments;
import org.mpjgrader.check.ExerciseCheck;
import org.mpjgrader.check.lines.ExpressionParser;
import org.mpjgrader.check.lines.LinePattern;
import org.mpjgrader.check.lines.LineRule;
import org.mpjgrader.check.lines.LinesCheck;
import org.mpjgrader.check.lines.NumberRule;
import org.mpjgrader.check.lines.Tolerance;

/**
 * {@code kind: lines}: an exercise's output said in data, for a lesson whose lines need no more than a pattern, who
 * prints it, and what each of its numbers must equal:
 *
 * <pre>
 * - kind: lines
 *   lines:
 *     - pattern: "Rank {rank} received a total of {total} after {steps} steps"
 *       printed_by: every-rank            # or rank-0
 *       numbers:
 *         rank: {equals: rank}
 *         total: {equals: "sum(k, 1, steps, (rank - k) mod ranks)", hint: ...}
 *         steps: {equals: steps}
 *         # or {reference: true, relative: 1e-9}: the reference's number, within a tolerance
 * </pre>
 *
 * Everything that can be wrong in them (a name no rule covers, an expression that does not read) is found here,
 * when the course is read, at its line and column.
 */
public final class LinesKind implements CheckKind {
    static final String EVERY_RANK = "every-rank";
    static final String RANK_0 = "rank-0";

    @Override
    public String name() {
        return "lines";
    }

    @Override
    public ExerciseCheck create(JsonNode settings, ExerciseCheck before) {
        return create(settings, before, ContractArguments.NONE);
    }

    @Override
    public ExerciseCheck create(JsonNode settings, ExerciseCheck before, ContractArguments arguments) {
        if (before != null) {
            throw new IllegalArgumentException("the check kind 'lines' judges the output by itself: list it first");
        }
        Set<String> names = names(arguments);
        List<LineRule> lines = new ArrayList<>();
        for (JsonNode line : settings.path("lines")) {
            lines.add(line(line, names));
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the check kind 'lines' needs 'lines', at least one");
        }
        return new LinesCheck(lines, arguments);
    }

    /** {@code rank}, {@code ranks} and the arguments' names, which the expressions may use. */
    private static Set<String> names(ContractArguments arguments) {
        Set<String> names = new TreeSet<>(List.of("rank", "ranks"));
        for (String argument : arguments.names()) {
            if (!names.add(argument)) {
                throw new IllegalArgumentException("an argument named '" + argument + "' would hide the "
                    + "expressions' own name '" + argument + "': rename it in 'arguments'");
            }
        }
        return names;
    }

    private static LineRule line(JsonNode line, Set<String> names) {
        LinePattern pattern;
        try {
            pattern = LinePattern.of(line.path("pattern").asText(""));
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(line.get("pattern"), e.getMessage());
        }
        JsonNode numbers = line.path("numbers");
        for (Iterator<Map.Entry<String, JsonNode>> it = numbers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> number = it.next();
            if (!pattern.names().contains(number.getKey())) {
                throw new CheckSettingsException(number.getValue(), "numbers." + number.getKey() + ": the pattern '"
                    + pattern.text() + "' has no {" + number.getKey() + "}");
            }
        }
        List<NumberRule> rules = new ArrayList<>();
        for (String name : pattern.names()) {
            if (!numbers.has(name)) {
                throw new CheckSettingsException(line.get("pattern"), "the pattern's {" + name + "} needs a rule "
                    + "under 'numbers': {equals: EXPRESSION} or {reference: true}");
            }
            rules.add(number(name, numbers.get(name), names));
        }
        boolean everyRank = line.path("printed_by").asText(EVERY_RANK).equals(EVERY_RANK);
        return new LineRule(pattern, everyRank, rules, line.path("hint").asText(""));
    }

    private static NumberRule number(String name, JsonNode rule, Set<String> names) {
        Tolerance tolerance = new Tolerance(rule.path("relative").asDouble(0), rule.path("absolute").asDouble(0));
        String hint = rule.path("hint").asText("");
        JsonNode equals = rule.get("equals");
        if (equals == null) {
            if (!rule.path("reference").asBoolean(false)) {
                throw new CheckSettingsException(rule, "numbers." + name + " needs 'equals: EXPRESSION' or "
                    + "'reference: true'");
            }
            return NumberRule.fromReference(name, tolerance, hint);
        }
        if (rule.has("reference")) {
            throw new CheckSettingsException(rule, "numbers." + name + " has both 'equals' and 'reference': one of "
                + "them");
        }
        try {
            return NumberRule.computed(name, ExpressionParser.parse(equals.asText(), names), tolerance, hint);
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(equals, "numbers." + name + ": " + e.getMessage());
        }
    }
}
