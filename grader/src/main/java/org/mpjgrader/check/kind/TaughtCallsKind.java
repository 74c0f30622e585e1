package org.mpjgrader.check.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mpjgrader.check.CallRule;
import org.mpjgrader.check.CheckKind;
import org.mpjgrader.check.CheckSettingsException;
import org.mpjgrader.check.ContractArguments;
import org.mpjgrader.check.ExerciseCheck;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.TaughtCalls;
import org.mpjgrader.check.lines.Expression;
import org.mpjgrader.check.lines.ExpressionParser;

/**
 * {@code kind: taught-calls}: adds to the output check above it that runs from 2 ranks use what the lesson
 * teaches, with the {@code hint} a student who computed the output another way reads and its {@code rules}:
 * {@code every-rank-calls} (one of {@code calls}), {@code every-rank-sends-to-root}, {@code only-root-receives-whole}
 * (an {@code array} of {@code bytes} in rows of {@code row_bytes}, beside one of {@code except_bytes} every rank may
 * receive: expressions of the package's argument names), {@code no-point-to-point}.
 */
public final class TaughtCallsKind implements CheckKind {
    @Override
    public String name() {
        return "taught-calls";
    }

    @Override
    public ExerciseCheck create(JsonNode settings, ExerciseCheck before) {
        return create(settings, before, ContractArguments.NONE);
    }

    @Override
    public ExerciseCheck create(JsonNode settings, ExerciseCheck before, ContractArguments arguments) {
        if (!(before instanceof OutputCheck output)) {
            throw new IllegalArgumentException("the check kind 'taught-calls' adds to an output check: list one "
                + "(such as 'kind: lines') above it");
        }
        String hint = settings.path("hint").asText("");
        if (hint.isBlank()) {
            throw new IllegalArgumentException("the check kind 'taught-calls' needs 'hint', what to do instead");
        }
        List<CallRule> rules = new ArrayList<>();
        for (JsonNode rule : settings.path("rules")) {
            rules.add(rule(rule, arguments.names()));
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("the check kind 'taught-calls' needs at least one of 'rules'");
        }
        return new TaughtCalls(output, hint, rules.toArray(CallRule[]::new));
    }

    private static CallRule rule(JsonNode rule, List<String> names) {
        String name = rule.path("rule").asText("");
        return switch (name) {
            case "every-rank-calls" -> CallRule.everyRankCalls(calls(rule));
            case "every-rank-sends-to-root" -> CallRule.everyRankSendsToRoot();
            case "only-root-receives-whole" -> onlyRootReceivesWhole(rule, names);
            case "no-point-to-point" -> CallRule.noPointToPoint();
            default -> throw new IllegalArgumentException("unknown rule '" + name + "': expected every-rank-calls, "
                + "every-rank-sends-to-root, only-root-receives-whole or no-point-to-point");
        };
    }

    /** The array's sizes are expressions of the arguments' names; a run whose arguments are not numbers has none. */
    private static CallRule onlyRootReceivesWhole(JsonNode rule, List<String> names) {
        String array = rule.path("array").asText("");
        if (array.isBlank()) {
            throw new CheckSettingsException(rule, "the rule only-root-receives-whole needs 'array', the array's name");
        }
        Expression whole = size(rule, "bytes", names);
        Expression row = size(rule, "row_bytes", names);
        Expression except = size(rule, "except_bytes", names);
        return CallRule.onlyRootReceivesWhole(array, arguments -> {
            Map<String, Double> values = new HashMap<>();
            try {
                for (int i = 0; i < Math.min(names.size(), arguments.size()); i++) {
                    values.put(names.get(i), Double.parseDouble(arguments.get(i)));
                }
                return Optional.of(new CallRule.ArraySizes(Math.round(whole.value(values)),
                    Math.round(row.value(values)), Math.round(except.value(values))));
            } catch (RuntimeException noSizes) {
                return Optional.empty();
            }
        });
    }

    private static Expression size(JsonNode rule, String field, List<String> names) {
        JsonNode node = rule.path(field);
        if (node.asText("").isBlank()) {
            throw new CheckSettingsException(rule, "the rule only-root-receives-whole needs '" + field + "', an "
                + "expression of the arguments' names");
        }
        try {
            return ExpressionParser.parse(node.asText(), Set.copyOf(names));
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(node, e.getMessage());
        }
    }

    private static String[] calls(JsonNode rule) {
        List<String> calls = new ArrayList<>();
        rule.path("calls").forEach(c -> calls.add(c.asText()));
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("the rule every-rank-calls needs 'calls', the MPI calls it accepts");
        }
        return calls.toArray(String[]::new);
    }
}
