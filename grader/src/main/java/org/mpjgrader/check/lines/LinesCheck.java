package org.mpjgrader.check.lines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** @param arguments the contract's names of the arguments, which the rules' expressions use */
    public LinesCheck(List<LineRule> lines, ContractArguments arguments) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a lines check needs at least one line");
        }
        this.lines = List.copyOf(lines);
        this.arguments = arguments;
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
        List<RankProblem> problems = new ArrayList<>();
        List<RankProblem> others = new ArrayList<>();
        for (RankOutput rank : result.ranks()) {
            if (line.everyRank() || rank.rank() == 0) {
                add(problems, problem(line, rank, names, reference));
            } else {
                add(others, printedByAnotherRank(line, rank));
            }
        }
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
        return CheckResult.fail(line.name(), points, RankProblem.message(run, problems));
    }

    private static void add(List<RankProblem> problems, RankProblem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    /** What is wrong with the line {@code rank} must print, or null. */
    private static RankProblem problem(LineRule line, RankOutput rank, Map<String, Double> names,
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
            String what = nearMiss == null ? "printed no " + words.noun()
                : "printed " + words.aNoun() + " that is not in the expected form";
            return new RankProblem(r, what, line.hint(), expected, nearMiss == null ? null : nearMiss.strip());
        }
        if (printed.size() > 1) {
            LineWords.Repeated repeated = words.repeated();
            // The second line, the one too many; or the first three, each quoted, where the package asks for them.
            String shown = repeated.showsAll() ? String.join("\" \"", printed.subList(0, Math.min(3, printed.size())))
                : printed.get(1);
            return new RankProblem(r, repeated.message().fill(Map.of("count", Integer.toString(printed.size()))),
                repeated.hint(), expected, shown);
        }
        Map<String, String> actualNumbers = line.pattern().read(printed.get(0));
        List<NumberRule> wrong = line.numbers().stream()
            .filter(n -> !n.accepts(expectedNumbers.get(n.name()), actualNumbers.get(n.name()))).toList();
        if (wrong.isEmpty()) {
            return null;
        }
        NumberRule first = wrong.get(0);
        return new RankProblem(r, wrongNumbers(wrong, expectedNumbers, actualNumbers, Map.of()),
            first.hint(ofRank, actualNumbers.get(first.name())), expected, printed.get(0));
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
        return String.join("; ", lines.stream().map(LineRule::describe).toList());
    }

    @Override
    public boolean needsReference() {
        return lines.stream().anyMatch(LineRule::needsReference);
    }
}
