package org.mpjgrader.check.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mpjgrader.check.CheckKind;
import org.mpjgrader.check.CheckSettingsException;
import org.mpjgrader.check.ContractArguments;
import org.mpjgrader.check.ExerciseCheck;
import org.mpjgrader.check.lines.ComputedText;
import org.mpjgrader.check.lines.Expression;
import org.mpjgrader.check.lines.ExpressionParser;
import org.mpjgrader.check.lines.ForEach;
import org.mpjgrader.check.lines.LinePattern;
import org.mpjgrader.check.lines.LineRule;
import org.mpjgrader.check.lines.LineWords;
import org.mpjgrader.check.lines.LinesCheck;
import org.mpjgrader.check.lines.LoosePattern;
import org.mpjgrader.check.lines.MessageTemplate;
import org.mpjgrader.check.lines.NumberRule;
import org.mpjgrader.check.lines.Tolerance;

/**
 * {@code kind: lines}: an exercise's output said in data, for a lesson whose lines need no more than a pattern, who
 * prints it, and what each of its numbers must equal:
 *
 * <pre>
 * - kind: lines
 *   describe: ...                         # optional: what to print, said of all the lines at once
 *   lines:
 *     - pattern: "Rank {rank} received a total of {total} after {steps} steps"
 *       printed_by: every-rank            # or rank-0
 *       numbers:
 *         rank: {equals: rank}
 *         total: {equals: "sum(k, 1, steps, (rank - k) mod ranks)", hint: ...}
 *         steps: {equals: steps}
 *         # or {reference: true, relative: 1e-9}: the reference's number, within a tolerance
 *         # optional per number: whole: true, mistakes: [{equals: "xor(rank, 2)", hint: ...}] (or short_by:
 *         # EXPRESSION, what the number lacks; each with if: EXPRESSION, relative, absolute), adds_up_hint
 *       # optional, the check's words: name, describe, noun, noun_plural, near_miss, loose: [REGEX], other_form,
 *       # repeated: {message, hint, shows}, other_ranks: {message, hint, ignored}, and per number wrong: "greets as
 *       # rank {actual}", wrong_names_rank: false
 *       # optional, a line rank 0 prints once for each value of a number, in ascending order:
 *       # for_each: {number, from, to, plural, outside: {message, if_empty, hint}, missing: {hint, last_hint},
 *       #            order: {ascending, hint}}
 * </pre>
 *
 * Everything that can be wrong in them (a name no rule covers, an expression that does not read) is found here,
 * when the course is read, at its line and column.
 */
public final class LinesKind implements CheckKind {
    static final String EVERY_RANK = "every-rank";
    static final String RANK_0 = "rank-0";
    static final String SHOWS_SECOND = "second";
    static final String SHOWS_ALL = "all";
    static final String SHOWS_FIRST = "first";

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
        return new LinesCheck(lines, arguments, settings.has("describe") ? settings.get("describe").asText() : null);
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
        String text = line.path("pattern").asText("");
        LinePattern pattern;
        try {
            pattern = LinePattern.of(text);
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(line.get("pattern"), e.getMessage());
        }
        boolean everyRank = line.path("printed_by").asText(EVERY_RANK).equals(EVERY_RANK);
        String noun = line.path("noun").asText(LineWords.defaults(pattern, everyRank).noun());
        if (noun.isBlank()) {
            throw new CheckSettingsException(line.get("noun"), "noun: a word, not nothing");
        }
        ForEach forEach = line.has("for_each") ? forEach(line.get("for_each"), pattern, everyRank, names, noun)
            : null;
        return new LineRule(LinePattern.of(text, whole(line.path("numbers"), forEach)), everyRank,
            rules(line, pattern, everyRank, forEach, names), line.path("hint").asText(""),
            words(line, pattern, everyRank, noun, forEach), forEach);
    }

    /** The names of the numbers read as whole numbers only: those {@code whole: true} says, and the for_each one. */
    private static Set<String> whole(JsonNode numbers, ForEach forEach) {
        Set<String> whole = new TreeSet<>();
        numbers.fields().forEachRemaining(n -> {
            if (n.getValue().path("whole").asBoolean(false)) {
                whole.add(n.getKey());
            }
        });
        if (forEach != null) {
            whole.add(forEach.number());
        }
        return whole;
    }

    /** A rule for each of the pattern's numbers but the for_each one, in the pattern's order. */
    private static List<NumberRule> rules(JsonNode line, LinePattern pattern, boolean everyRank, ForEach forEach,
                                          Set<String> names) {
        // The numbers' expressions and words use the for_each number's value, as they use rank and ranks.
        Set<String> numberNames = new TreeSet<>(names);
        Set<String> blanks = new TreeSet<>(NumberRule.BLANKS);
        if (forEach != null) {
            numberNames.add(forEach.number());
            blanks.add(forEach.number());
        }
        JsonNode numbers = line.path("numbers");
        for (Iterator<Map.Entry<String, JsonNode>> it = numbers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> number = it.next();
            if (!pattern.names().contains(number.getKey())) {
                throw new CheckSettingsException(number.getValue(), "numbers." + number.getKey() + ": the pattern '"
                    + pattern.text() + "' has no {" + number.getKey() + "}");
            }
            if (forEach != null && number.getKey().equals(forEach.number())) {
                throw new CheckSettingsException(number.getValue(), "numbers." + number.getKey() + ": the for_each "
                    + "number takes each value from .. to; it has no rule");
            }
        }
        List<NumberRule> rules = new ArrayList<>();
        for (String name : pattern.names()) {
            if (forEach != null && name.equals(forEach.number())) {
                continue;
            }
            if (!numbers.has(name)) {
                throw new CheckSettingsException(line.get("pattern"), "the pattern's {" + name + "} needs a rule "
                    + "under 'numbers': {equals: EXPRESSION} or {reference: true}");
            }
            NumberRule rule = number(name, numbers.get(name), numberNames, blanks);
            rule = ofTheLine(rule, numbers.get(name), everyRank, forEach, names);
            if (forEach != null && rule.needsReference()) {
                throw new CheckSettingsException(numbers.get(name), "numbers." + name + ": a for_each line's numbers "
                    + "are computed ('equals: EXPRESSION'), not the reference's");
            }
            rules.add(rule);
        }
        return rules;
    }

    /**
     * A number's settings that depend on who prints its line: {@code adds_up_hint} reads every rank's number, and
     * {@code wrong_names_rank: false} is for a line rank 0 alone prints.
     *
     * @param names {@code rank}, {@code ranks} and the arguments
     */
    private static NumberRule ofTheLine(NumberRule number, JsonNode rule, boolean everyRank, ForEach forEach,
                                        Set<String> names) {
        String name = number.name();
        if (rule.has("adds_up_hint")) {
            if (!everyRank) {
                throw new CheckSettingsException(rule.get("adds_up_hint"), "numbers." + name + ".adds_up_hint: "
                    + "only for a line every rank prints (printed_by: every-rank)");
            }
            // Said of the ranks together: no rank of its own to name.
            Set<String> ofAll = new TreeSet<>(names);
            ofAll.remove("rank");
            number = number.withAddsUp(computedText(rule.get("adds_up_hint"), "numbers." + name + ".adds_up_hint",
                ofAll));
        }
        if (rule.has("wrong_names_rank")) {
            if (everyRank || forEach != null) {
                throw new CheckSettingsException(rule.get("wrong_names_rank"), "numbers." + name
                    + ".wrong_names_rank: only for a line rank 0 prints once (printed_by: rank-0, no for_each)");
            }
            if (!rule.get("wrong_names_rank").asBoolean(true)) {
                number = number.withWrongOfTheRun();
            }
        }
        return number;
    }

    /**
     * {@code for_each: {number: process, from: 1, to: ranks - 1}}: rank 0 prints the line once for each value, and
     * what it is told where it does not.
     */
    private static ForEach forEach(JsonNode each, LinePattern pattern, boolean everyRank, Set<String> names,
                                   String noun) {
        if (everyRank) {
            throw new CheckSettingsException(each, "for_each: a line rank 0 prints for each value "
                + "(printed_by: rank-0)");
        }
        String number = each.path("number").asText("");
        if (!pattern.names().contains(number)) {
            throw new CheckSettingsException(each.has("number") ? each.get("number") : each, "for_each.number: '"
                + number + "' is not a number of the pattern '" + pattern.text() + "'");
        }
        if (names.contains(number)) {
            throw new CheckSettingsException(each.get("number"), "for_each.number: '" + number + "' would hide the "
                + "expressions' own name '" + number + "': rename it in the pattern");
        }
        Set<String> valueBlanks = Set.of(number, "from", "to");
        String aNumber = LineWords.withArticle(noun) + " for " + number + " {" + number + "}";
        JsonNode outside = each.path("outside");
        JsonNode missing = each.path("missing");
        JsonNode order = each.path("order");
        return new ForEach(number, bound(each, "from", names), bound(each, "to", names),
            each.path("plural").asText(LineWords.plural(number)),
            new ForEach.Outside(
                outside.has("message") ? template(outside.get("message"), "for_each.outside.message", valueBlanks)
                    : new MessageTemplate("printed " + aNumber + ", outside {from} .. {to}"),
                outside.has("if_empty") ? template(outside.get("if_empty"), "for_each.outside.if_empty", valueBlanks)
                    : new MessageTemplate("printed " + aNumber + ", where none is expected"),
                outside.path("hint").asText("")),
            new ForEach.Missing(missing.path("hint").asText(""), missing.path("last_hint").asText("")),
            new ForEach.Order(order.path("ascending").asBoolean(true), order.path("hint").asText("")));
    }

    private static Expression bound(JsonNode each, String which, Set<String> names) {
        if (!each.has(which)) {
            throw new CheckSettingsException(each, "for_each needs '" + which + "': an expression of ranks and the "
                + "arguments");
        }
        return expression(each.get(which), "for_each." + which, names);
    }

    /** The line's words where the package gives them ({@code name}, {@code noun}, ...), the defaults elsewhere. */
    private static LineWords words(JsonNode line, LinePattern pattern, boolean everyRank, String noun,
                                   ForEach forEach) {
        LineWords defaults = LineWords.defaults(pattern, everyRank);
        String describe = line.path("describe").asText(forEach == null ? defaults.describe()
            : defaults.describe() + " for " + forEach.number() + " = " + line.path("for_each").path("from").asText()
                + " .. " + line.path("for_each").path("to").asText());
        String nearMiss = line.path("near_miss").asText(defaults.nearMiss());
        if (nearMiss.isBlank()
            || !pattern.text().toLowerCase(Locale.ROOT).contains(nearMiss.toLowerCase(Locale.ROOT))) {
            // A line of the pattern's own shape must count as meant for it, or a right line would be no attempt.
            throw new CheckSettingsException(line.get("near_miss"), "near_miss: '" + nearMiss + "' is not in the "
                + "pattern '" + pattern.text() + "'");
        }
        return new LineWords(line.path("name").asText(describe), describe, noun,
            line.path("noun_plural").asText(LineWords.plural(noun)), nearMiss, loose(line, forEach),
            repeated(line.path("repeated"), noun, forEach), otherRanks(line, pattern, everyRank),
            line.path("other_form").asText(LineWords.otherForm(noun)));
    }

    /** {@code repeated}: a for_each line's default names the value whose line is there more than once. */
    private static LineWords.Repeated repeated(JsonNode repeated, String noun, ForEach forEach) {
        Set<String> blanks = new TreeSet<>(LineWords.Repeated.BLANKS);
        LineWords.Repeated otherwise = LineWords.Repeated.defaults(noun);
        if (forEach != null) {
            String number = forEach.number();
            blanks.add(number);
            otherwise = new LineWords.Repeated(new MessageTemplate("printed " + number + " {" + number + "}'s " + noun
                + " {count} times"), "one " + noun + " for each " + number + ", once", false);
        }
        MessageTemplate message = repeated.has("message")
            ? template(repeated.get("message"), "repeated.message", blanks) : otherwise.message();
        return new LineWords.Repeated(message, repeated.path("hint").asText(otherwise.hint()),
            shown(repeated.path("shows")));
    }

    private static LineWords.Repeated.Shown shown(JsonNode shows) {
        return switch (shows.asText(SHOWS_SECOND)) {
            case SHOWS_SECOND -> LineWords.Repeated.Shown.SECOND;
            case SHOWS_ALL -> LineWords.Repeated.Shown.ALL;
            case SHOWS_FIRST -> LineWords.Repeated.Shown.FIRST;
            default -> throw new CheckSettingsException(shows, "repeated.shows: '" + shows.asText() + "': "
                + SHOWS_FIRST + ", " + SHOWS_SECOND + " or " + SHOWS_ALL);
        };
    }

    /** {@code loose}: regular expressions, each naming no group, or one after the for_each number. */
    private static List<LoosePattern> loose(JsonNode line, ForEach forEach) {
        List<LoosePattern> loose = new ArrayList<>();
        for (JsonNode regex : line.path("loose")) {
            LoosePattern pattern;
            try {
                pattern = LoosePattern.of(regex.asText());
            } catch (IllegalArgumentException e) {
                throw new CheckSettingsException(regex, "loose: " + e.getMessage());
            }
            if (pattern.reads().isPresent() && (forEach == null || !pattern.reads().get().equals(forEach.number()))) {
                throw new CheckSettingsException(regex, "loose: '" + regex.asText() + "' names a group '"
                    + pattern.reads().get() + "': a loose pattern's group reads the for_each number"
                    + (forEach == null ? ", and the line has none" : " (?<" + forEach.number() + ">...)"));
            }
            loose.add(pattern);
        }
        return loose;
    }

    /** {@code other_ranks}: what a rank but 0 printing a line of rank 0's is told. */
    private static LineWords.OtherRanks otherRanks(JsonNode line, LinePattern pattern, boolean everyRank) {
        JsonNode others = line.path("other_ranks");
        if (everyRank && line.has("other_ranks")) {
            throw new CheckSettingsException(others, "other_ranks: only for a line rank 0 prints (printed_by: "
                + "rank-0)");
        }
        LineWords.OtherRanks otherwise = LineWords.OtherRanks.defaults(pattern);
        return new LineWords.OtherRanks(others.path("message").asText(otherwise.message()),
            others.path("hint").asText(otherwise.hint()), others.path("ignored").asBoolean(false));
    }

    private static MessageTemplate template(JsonNode text, String setting, Set<String> blanks) {
        try {
            return MessageTemplate.of(text.asText(), blanks);
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(text, setting + ": " + e.getMessage());
        }
    }

    private static NumberRule number(String name, JsonNode rule, Set<String> names, Set<String> blanks) {
        NumberRule number = numberRule(name, rule, names);
        if (rule.has("wrong")) {
            number = number.withWrong(template(rule.get("wrong"), "numbers." + name + ".wrong", blanks));
        }
        List<NumberRule.Mistake> mistakes = new ArrayList<>();
        for (JsonNode mistake : rule.path("mistakes")) {
            mistakes.add(mistake(name, mistake, names));
        }
        return number.withMistakes(mistakes);
    }

    /**
     * {@code {equals: EXPRESSION, hint}} or {@code {short_by: EXPRESSION, hint}}, with an optional {@code if} and
     * tolerance of its own; the hint's blanks are expressions in braces.
     */
    private static NumberRule.Mistake mistake(String name, JsonNode mistake, Set<String> names) {
        String setting = "numbers." + name + ".mistakes";
        if (mistake.has("equals") == mistake.has("short_by")) {
            throw new CheckSettingsException(mistake, setting + ": each needs one of 'equals: EXPRESSION', the value "
                + "the mistake gives, or 'short_by: EXPRESSION', what it leaves out");
        }
        Expression equals = mistake.has("equals") ? expression(mistake.get("equals"), setting, names) : null;
        Expression shortBy = mistake.has("short_by") ? expression(mistake.get("short_by"), setting + ".short_by",
            names) : null;
        Expression condition = mistake.has("if") ? expression(mistake.get("if"), setting + ".if", names) : null;
        Tolerance tolerance = mistake.has("relative") || mistake.has("absolute") ? tolerance(mistake, setting)
            : null;
        ComputedText hint = mistake.has("hint") ? computedText(mistake.get("hint"), setting + ".hint", names)
            : ComputedText.plain("");
        return new NumberRule.Mistake(equals, shortBy, condition, tolerance, hint);
    }

    private static ComputedText computedText(JsonNode text, String setting, Set<String> names) {
        try {
            return ComputedText.of(text.asText(), names);
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(text, setting + ": " + e.getMessage());
        }
    }

    private static Tolerance tolerance(JsonNode rule, String setting) {
        try {
            return new Tolerance(rule.path("relative").asDouble(0), rule.path("absolute").asDouble(0));
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(rule, setting + ": " + e.getMessage());
        }
    }

    private static Expression expression(JsonNode text, String setting, Set<String> names) {
        try {
            return ExpressionParser.parse(text.asText(), names);
        } catch (IllegalArgumentException e) {
            throw new CheckSettingsException(text, setting + ": " + e.getMessage());
        }
    }

    private static NumberRule numberRule(String name, JsonNode rule, Set<String> names) {
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
        return NumberRule.computed(name, expression(equals, "numbers." + name, names), tolerance, hint);
    }
}
