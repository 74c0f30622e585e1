package org.mpjgrader.check.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.mpjgrader.check.CallRule;
import org.mpjgrader.check.CheckKind;
import org.mpjgrader.check.ExerciseCheck;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.TaughtCalls;

/**
 * {@code kind: taught-calls}: adds to the output check above it that runs from 2 ranks use what the lesson
 * teaches, with the {@code hint} a student who computed the output another way reads and its {@code rules}:
 * {@code every-rank-calls} (one of {@code calls}), {@code every-rank-sends-to-root}, {@code only-root-holds-a},
 * {@code no-point-to-point}.
 */
public final class TaughtCallsKind implements CheckKind {
    @Override
    public String name() {
        return "taught-calls";
    }

    @Override
    public ExerciseCheck create(JsonNode settings, ExerciseCheck before) {
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
            rules.add(rule(rule));
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("the check kind 'taught-calls' needs at least one of 'rules'");
        }
        return new TaughtCalls(output, hint, rules.toArray(CallRule[]::new));
    }

    private static CallRule rule(JsonNode rule) {
        String name = rule.path("rule").asText("");
        return switch (name) {
            case "every-rank-calls" -> CallRule.everyRankCalls(calls(rule));
            case "every-rank-sends-to-root" -> CallRule.everyRankSendsToRoot();
            case "only-root-holds-a" -> CallRule.onlyRootHoldsA();
            case "no-point-to-point" -> CallRule.noPointToPoint();
            default -> throw new IllegalArgumentException("unknown rule '" + name + "': expected every-rank-calls, "
                + "every-rank-sends-to-root, only-root-holds-a or no-point-to-point");
        };
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
