package org.mpjgrader.check.lines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mpjgrader.check.ContractArguments;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.GradedLines;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.RankProblem;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * The output check of {@code kind: lines}: for each {@link LineRule}, one check sharing the run's points with the
 * others, that reads each rank's own lines (so that rank 0 printing on behalf of the others is caught) and judges
 * every number by its rule. A rank's problems take the one message shape ({@link RankProblem}): the first in full,
 * with the expected line, what came and where they first differ, the others a line each, then the hints. A line
 * rank 0 prints for each value of a number ({@link ForEach}) has its own check ({@link ForEachLines}).
 */
public final class LinesCheck implements OutputCheck {
    private final List<LineRule> lines;
    private final ContractArguments arguments;
    /** What a run that printed none of the lines is told it should print, or null for the lines' own words. */
    private final String describe;

    /** @param arguments the contract's names of the arguments, which the rules' expressions use */
    public LinesCheck(List<LineRule> lines, ContractArguments arguments) {
        this(lines, arguments, null);
    }

    /**
     * @param describe what a run that printed none of the lines is told to print, in one sentence for all of them
     *                 ({@code every rank R prints "...", rank 0 "..."}); or null for each line's, joined by "; "
     */
    public LinesCheck(List<LineRule> lines, ContractArguments arguments, String describe) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a lines check needs at least one line");
        }
        this.lines = List.copyOf(lines);
        this.arguments = arguments;
        this.describe = describe;
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        Map<String, Double> names = names(run);
        List<CheckResult> checks = new ArrayList<>();
        for (LineRule line : lines) {
            checks.add(check(line, run, result, reference, names, points / lines.size()));
        }
        return checks;
    }

    private static CheckResult check(LineRule line, RunContext run, RunResult result, ReferenceOutput reference,
                                     Map<String, Double> names, double points) {
        if (line.forEach() != null) {
            return ForEachLines.check(line, run, result, names, points);
        }
        List<RankLine> read = new ArrayList<>();
        List<RankProblem> others = new ArrayList<>();
        for (RankOutput rank : result.ranks()) {
            if (line.everyRank() || rank.rank() == 0) {
                read.add(read(line, rank, names, reference));
            } else if (!line.words().otherRanks().ignored()) {
                add(others, printedByAnotherRank(line, rank));
            }
        }
        List<RankProblem> problems = new ArrayList<>(read.stream().map(RankLine::problem).filter(p -> p != null)
            .toList());
        if (problems.isEmpty() && others.isEmpty()) {
            return CheckResult.pass(line.name(), points);
        }
        if (problems.isEmpty()) {
            // No line of rank 0's to show as expected: what the others printed is the whole story.
            RankProblem first = others.get(0);
            FailureMessage message = FailureMessage.of(run, "rank " + first.rank() + " " + first.what())
                .expectedValue("no such line from rank " + first.rank(), "\"" + first.actual() + "\"");
            others.stream().skip(1).forEach(p -> message.detail("also rank " + p.rank() + " (\"" + p.actual() + "\")"));
            return CheckResult.fail(line.name(), points, message.detail("hint: " + first.hint()).text());
        }
        problems.addAll(others);
        RankLine first = read.stream().filter(l -> l.problem() != null).findFirst().orElseThrow();
        String message = first.wrong().isEmpty() || first.wrong().get(0).wrongNamesRank()
            ? RankProblem.message(run, problems) : RankProblem.message(run, first.problem().what(), problems);
        Optional<String> addsUp = addsUp(line, read, names);
        return CheckResult.fail(line.name(), points, addsUp.map(h -> message + "\n  hint: " + h).orElse(message));
    }

    /**
     * What one rank's line came to.
     *
     * @param problem  what is wrong with it, or null
     * @param expected its numbers as expected, by name
     * @param printed  its numbers as printed, where the rank printed the line once; or null
     * @param wrong    the numbers that are wrong, in the pattern's order (none where the line is missing, in another
     *                 form or there twice)
     */
    private record RankLine(RankProblem problem, Map<String, String> expected, Map<String, String> printed,
                            List<NumberRule> wrong) {
    }

    private static void add(List<RankProblem> problems, RankProblem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    /** The line {@code rank} must print, as it came. */
    private static RankLine read(LineRule line, RankOutput rank, Map<String, Double> names,
                                 ReferenceOutput reference) {
        int r = rank.rank();
        Map<String, Double> ofRank = new HashMap<>(names);
        ofRank.put("rank", (double) r);
        Map<String, String> expectedNumbers = new LinkedHashMap<>();
        Map<String, String> referenceNumbers = line.needsReference() ? referenceNumbers(line, reference, r) : Map.of();
        for (NumberRule number : line.numbers()) {
            expectedNumbers.put(number.name(), number.expected(ofRank, referenceNumbers));
        }
        String expected = line.pattern().write(expectedNumbers);
        List<String> printed = rank.stdout().stream().map(String::strip)
            .filter(l -> line.pattern().read(l) != null).toList();
        LineWords words = line.words();
        if (printed.isEmpty()) {
            String nearMiss = rank.stdout().stream().filter(words::mentionedIn).findFirst().orElse(null);
            String what = nearMiss == null ? "printed no " + words.noun() : words.otherForm();
            return new RankLine(new RankProblem(r, what, line.hint(), expected, nearMiss == null ? null
                : nearMiss.strip()), expectedNumbers, null, List.of());
        }
        if (printed.size() > 1) {
            LineWords.Repeated repeated = words.repeated();
            return new RankLine(new RankProblem(r, repeated.message().fill(Map.of("count",
                Integer.toString(printed.size()))), repeated.hint(), expected, repeated.shown(printed)),
                expectedNumbers, null, List.of());
        }
        Map<String, String> actualNumbers = line.pattern().read(printed.get(0));
        List<NumberRule> wrong = line.numbers().stream()
            .filter(n -> !n.accepts(expectedNumbers.get(n.name()), actualNumbers.get(n.name()))).toList();
        if (wrong.isEmpty()) {
            return new RankLine(null, expectedNumbers, actualNumbers, wrong);
        }
        NumberRule first = wrong.get(0);
        return new RankLine(new RankProblem(r, wrongNumbers(wrong, expectedNumbers, actualNumbers, Map.of()),
            first.hint(ofRank, expectedNumbers.get(first.name()), actualNumbers.get(first.name())), expected,
            printed.get(0)), expectedNumbers, actualNumbers, wrong);
    }

    /**
     * The {@code adds_up} hint of a number that is all that is wrong on every rank that is wrong, where the ranks'
     * numbers, as printed, add up to what the expected ones add up to: each rank did a share of the work, and the
     * shares make up the whole, but not in the split asked for. At 1 rank this never holds: the one number is both.
     *
     * @param names {@code ranks} and the arguments, which the hint's blanks may use
     */
    private static Optional<String> addsUp(LineRule line, List<RankLine> read, Map<String, Double> names) {
        for (NumberRule number : line.numbers()) {
            if (number.addsUp() == null
                || !read.stream().allMatch(l -> l.problem() == null || l.wrong().equals(List.of(number)))) {
                continue;
            }
            double expected = 0;
            double printed = 0;
            for (RankLine l : read) {
                expected += Double.parseDouble(l.expected().get(number.name()));
                printed += Double.parseDouble(l.printed().get(number.name()));
            }
            if (number.tolerance().accepts(expected, printed)) {
                return Optional.of(number.addsUp().fill(names));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code has the wrong total: 5 instead of 3}, or {@code has the wrong rank and total}; or the first wrong
     * number's own words, alone: the others are often wrong because of it.
     *
     * @param blanks the words' blanks beside {@code {actual}} and {@code {expected}} ({@code {process}}, the value
     *               whose line it is, for a {@code for_each} line)
     */
    static String wrongNumbers(List<NumberRule> wrong, Map<String, String> expected, Map<String, String> actual,
                               Map<String, String> blanks) {
        NumberRule first = wrong.get(0);
        if (first.wrong() != null) {
            Map<String, String> values = new HashMap<>(blanks);
            values.put("actual", actual.get(first.name()));
            values.put("expected", expected.get(first.name()));
            return first.wrong().fill(values);
        }
        if (wrong.size() > 1) {
            return "has the wrong " + String.join(" and ", wrong.stream().map(NumberRule::name).toList());
        }
        NumberRule number = wrong.get(0);
        String tolerance = number.tolerance().describe();
        return "has the wrong " + number.name() + ": " + actual.get(number.name()) + " instead of "
            + expected.get(number.name()) + (tolerance.isEmpty() ? "" : " (" + tolerance + ")");
    }

    /** A rank but 0 that prints a line only rank 0 prints. */
    private static RankProblem printedByAnotherRank(LineRule line, RankOutput rank) {
        String printed = rank.stdout().stream().map(String::strip).filter(l -> line.pattern().read(l) != null)
            .findFirst().orElse(null);
        LineWords.OtherRanks words = line.words().otherRanks();
        return printed == null ? null : new RankProblem(rank.rank(), words.message(), words.hint(), "", printed);
    }

    /** The numbers of the reference's line at rank {@code r} (rank 0 for a line of rank 0's). */
    private static Map<String, String> referenceNumbers(LineRule line, ReferenceOutput reference, int r) {
        List<String> lines = reference.stdout().size() > r ? reference.stdout().get(r) : List.of();
        return lines.stream().map(line.pattern()::read).filter(n -> n != null).findFirst()
            .orElseThrow(() -> new IllegalStateException("the reference solution's rank " + r + " printed no line "
                + "\"" + line.pattern().text() + "\""));
    }

    /** {@code ranks} and the arguments by their contract's names, those that are numbers. */
    private Map<String, Double> names(RunContext run) {
        Map<String, Double> names = new HashMap<>();
        names.put("ranks", (double) run.np());
        for (int i = 0; i < run.arguments().size() && i < arguments.names().size(); i++) {
            String name = arguments.names().get(i);
            GradedLines.number(run.arguments().get(i)).ifPresent(v -> names.put(name, v));
        }
        return names;
    }

    @Override
    public boolean attempted(RunResult result) {
        return result.ranks().stream().flatMap(r -> r.stdout().stream())
            .anyMatch(l -> lines.stream().anyMatch(line -> line.pattern().read(l) != null
                || line.words().mentionedIn(l)));
    }

    @Override
    public String describeExpected() {
        return describe != null ? describe : String.join("; ", lines.stream().map(LineRule::describe).toList());
    }

    @Override
    public boolean needsReference() {
        return lines.stream().anyMatch(LineRule::needsReference);
    }
}
