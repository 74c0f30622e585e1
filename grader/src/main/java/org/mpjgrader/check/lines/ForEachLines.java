package org.mpjgrader.check.lines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * The check of a {@link ForEach} line at one run. Rank 0's lines are read whole and in order, each by the value of
 * its number; a wrong number, a value outside the range, a line printed twice, values with no line, lines out of
 * order and lines in another form are each named, and so is another rank that prints such a line (rank 0 alone
 * prints them). Where the range is empty nothing is expected: a rank 0 that prints nothing passes.
 */
final class ForEachLines {
    private final LineRule line;
    private final ForEach each;
    private final LineWords words;
    private final ForEach.Range range;
    /** {@code rank} (0), {@code ranks} and the arguments, which the numbers' expressions use with the value's. */
    private final Map<String, Double> names;

    /** A line of rank 0's of the pattern's shape: the value whose line it is, and its numbers as printed. */
    private record Graded(long value, Map<String, String> numbers, String line) {
    }

    private ForEachLines(LineRule line, Map<String, Double> names) {
        this.line = line;
        this.each = line.forEach();
        this.words = line.words();
        this.names = new HashMap<>(names);
        this.names.put("rank", 0.0);
        this.range = each.range(this.names);
    }

    /** @param names {@code ranks} and the arguments, by name */
    static CheckResult check(LineRule line, RunContext run, RunResult result, Map<String, Double> names,
                             double points) {
        ForEachLines lines = new ForEachLines(line, names);
        List<LineProblem> problems = new ArrayList<>(lines.rankZero(result.rank(0).stdout()));
        for (RankOutput rank : result.ranks()) {
            if (rank.rank() != 0 && !line.words().otherRanks().ignored()) {
                lines.printedByAnotherRank(rank).ifPresent(problems::add);
            }
        }
        if (problems.isEmpty()) {
            return CheckResult.pass(line.name(), points);
        }
        return CheckResult.fail(line.name(), points, LineProblem.message(run, problems));
    }

    /**
     * Rank 0's lines as read: those of the pattern's shape, those meant as such though not of its shape (near
     * misses), and the values a {@code loose} pattern reads from the near misses, in order.
     */
    private record Printed(List<Graded> graded, List<String> nearMisses, List<Long> nearMissValues) {
    }

    private Printed read(List<String> stdout) {
        Printed printed = new Printed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String raw : stdout) {
            String text = raw.strip();
            Map<String, String> numbers = line.pattern().read(text);
            if (numbers != null) {
                printed.graded.add(new Graded(Long.parseLong(numbers.get(each.number())), numbers, text));
            } else if (words.mentionedIn(text)) {
                printed.nearMisses.add(text);
                words.loose().stream().map(l -> l.valueIn(text)).filter(OptionalLong::isPresent).findFirst()
                    .ifPresent(v -> printed.nearMissValues.add(v.getAsLong()));
            }
        }
        return printed;
    }

    /** The problems of rank 0's lines, in the order a student should see them, the first shown in full. */
    private List<LineProblem> rankZero(List<String> stdout) {
        Printed printed = read(stdout);
        List<Graded> graded = printed.graded;
        List<String> nearMisses = printed.nearMisses;
        List<Long> nearMissValues = printed.nearMissValues;
        Map<Long, List<Graded>> byValue = new LinkedHashMap<>();
        graded.forEach(g -> byValue.computeIfAbsent(g.value, v -> new ArrayList<>()).add(g));
        List<LineProblem> problems = new ArrayList<>();
        // A line in another form matters only where a line of the pattern's is missing: a remark such as
        // "received them all" beside every expected line is no wrong line.
        if (!nearMisses.isEmpty() && !range.values().stream().allMatch(byValue::containsKey)) {
            long meant = nearMissValues.isEmpty() || !range.contains(nearMissValues.get(0)) ? range.from()
                : nearMissValues.get(0);
            problems.add(new LineProblem(0, words.otherForm(),
                expected(meant), nearMisses.get(0), true, line.hint()));
        }
        for (Graded g : graded) {
            if (range.contains(g.value) && byValue.get(g.value).get(0) == g) {
                wrongNumbers(g).ifPresent(problems::add);
            }
        }
        outside(byValue, graded).ifPresent(problems::add);
        byValue.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst()
            .ifPresent(e -> problems.add(repeated(e.getKey(), e.getValue())));
        // A value whose line is there in another form is not missing; and where no line in another form says
        // whose it is, which are missing cannot be told.
        List<Long> missing = range.values().stream().filter(v -> !byValue.containsKey(v)
            && !nearMissValues.contains(v)).toList();
        if (!missing.isEmpty() && (nearMisses.isEmpty() || !nearMissValues.isEmpty())) {
            boolean lastOnly = missing.size() == 1 && missing.get(0) == range.to() && range.size() > 1;
            String hint = lastOnly && !each.missing().lastHint().isEmpty() ? each.missing().lastHint()
                : each.missing().hint();
            problems.add(new LineProblem(0, "printed no " + words.noun() + " for " + each.name(missing),
                expected(missing.get(0)), null, true, hint));
        }
        if (each.order().ascending()) {
            order(graded).ifPresent(problems::add);
        }
        return problems;
    }

    /** The value's line, where one of its other numbers is wrong: the first wrong number's words and hint. */
    private Optional<LineProblem> wrongNumbers(Graded g) {
        Map<String, String> expected = expectedNumbers(g.value);
        List<NumberRule> wrong = line.numbers().stream()
            .filter(n -> !n.accepts(expected.get(n.name()), g.numbers.get(n.name()))).toList();
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        NumberRule first = wrong.get(0);
        return Optional.of(new LineProblem(0, LinesCheck.wrongNumbers(wrong, expected, g.numbers,
            Map.of(each.number(), Long.toString(g.value))), line.pattern().write(expected), g.line, true,
            first.hint(ofValue(g.value), expected.get(first.name()), g.numbers.get(first.name()))));
    }

    /** A line for a value outside the range: the first such value named, every line's value shown. */
    private Optional<LineProblem> outside(Map<Long, List<Graded>> byValue, List<Graded> graded) {
        Optional<Long> stranger = byValue.keySet().stream().filter(v -> !range.contains(v)).findFirst();
        return stranger.map(value -> {
            MessageTemplate message = range.isEmpty() ? each.outside().ifEmpty() : each.outside().message();
            String what = message.fill(Map.of(each.number(), Long.toString(value), "from", Long.toString(range.from()),
                "to", Long.toString(range.to())));
            return new LineProblem(0, what, lines(range.values()), lines(graded.stream().map(Graded::value).toList()),
                false, each.outside().hint());
        });
    }

    private LineProblem repeated(long value, List<Graded> lines) {
        LineWords.Repeated repeated = words.repeated();
        String shown = repeated.shown(lines.stream().map(Graded::line).toList());
        return new LineProblem(0, repeated.message().fill(Map.of("count", Integer.toString(lines.size()),
            each.number(), Long.toString(value))), expected(value), shown, true, repeated.hint());
    }

    /** The first value printed after a greater one, among the values of the range, each at its first line. */
    private Optional<LineProblem> order(List<Graded> graded) {
        List<Long> order = graded.stream().map(Graded::value).filter(range::contains).distinct().toList();
        for (int i = 0; i + 1 < order.size(); i++) {
            if (order.get(i) > order.get(i + 1)) {
                return Optional.of(new LineProblem(0, "printed " + each.name(List.of(order.get(i))) + " before "
                    + each.name(List.of(order.get(i + 1))), lines(order.stream().sorted().toList()) + " in that order",
                    lines(order), false, each.order().hint()));
            }
        }
        return Optional.empty();
    }

    /**
     * A rank but 0 whose line is of the pattern's shape, or which a loose pattern reads a value from: it claims to
     * print what rank 0 alone does.
     */
    private Optional<LineProblem> printedByAnotherRank(RankOutput rank) {
        return rank.stdout().stream().map(String::strip)
            .filter(l -> line.pattern().read(l) != null || words.loose().stream()
                .anyMatch(loose -> loose.reads().isPresent() && loose.findsIn(l)))
            .findFirst().map(l -> new LineProblem(rank.rank(), words.otherRanks().message(), "nothing",
                "\"" + l + "\"", false, words.otherRanks().hint()));
    }

    /** {@code no line}, {@code a line for process 1}, {@code lines for processes 1, 2, 3}. */
    private String lines(List<Long> values) {
        if (values.isEmpty()) {
            return "no " + words.noun();
        }
        return (values.size() == 1 ? words.aNoun() : words.nounPlural()) + " for " + each.name(values);
    }

    /** The value's line as expected. */
    private String expected(long value) {
        return line.pattern().write(expectedNumbers(value));
    }

    /** Every number of the value's line as expected, the value itself included. */
    private Map<String, String> expectedNumbers(long value) {
        Map<String, Double> ofValue = ofValue(value);
        Map<String, String> numbers = new HashMap<>();
        numbers.put(each.number(), Long.toString(value));
        line.numbers().forEach(n -> numbers.put(n.name(), n.expected(ofValue, Map.of())));
        return numbers;
    }

    /** The names the numbers' expressions use at the value's line. */
    private Map<String, Double> ofValue(long value) {
        Map<String, Double> ofValue = new HashMap<>(names);
        ofValue.put(each.number(), (double) value);
        return ofValue;
    }
}
