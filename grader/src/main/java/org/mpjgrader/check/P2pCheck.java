package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * Lesson 08, point-to-point: every rank R &gt; 0 sends R*R to rank 0, which prints
 * {@code Received from process R : sq = S} for R = 1 .. N-1, in that order. The expected lines follow from N
 * alone, so no reference is needed. At 1 rank nothing is expected: the check passes with no line, and such a
 * run is not an attempt ({@link ExerciseVerdicts} makes it a pass when the other runs show one).
 *
 * <p>Rank 0's lines are read whole and in order; a wrong value, a missing or extra process, a line printed
 * twice, lines out of rank order and lines in another form are each named, the first in full (expected, but
 * was) and the others in a line each. Another rank printing such a line fails too: rank 0 alone receives.
 */
public final class P2pCheck implements OutputCheck {
    static final String NAME = "rank 0's lines in rank order";
    private static final Pattern LINE = Pattern.compile("Received from process (-?\\d+) : sq = (-?\\d+)");
    /** The process number of a line meant as a graded one, whatever its spacing. */
    private static final Pattern LOOSE_PROCESS =
        Pattern.compile("(?i)received\\s+from\\s+(?:process|rank)?\\s*#?\\s*(-?\\d+)");
    private static final int MORE_SHOWN = 3;
    private static final String ORDER_HINT = "receive from each rank in turn, source R, not ANY_SOURCE (or keep the"
        + " values and print them in rank order at the end)";

    /** One thing wrong with the run's lines; {@code quoted}: expected and actual are lines, not descriptions. */
    private record Problem(String what, String expected, String actual, boolean quoted, String hint) {
    }

    /** A line of rank 0 in the contract's form. */
    private record Graded(int process, long value, String line) {
    }

    @Override
    public String describeExpected() {
        return "rank 0 prints \"Received from process R : sq = S\" for R = 1 .. N-1";
    }

    @Override
    public boolean needsReference() {
        return false;
    }

    @Override
    public boolean attempted(RunResult result) {
        return result.ranks().stream().flatMap(r -> r.stdout().stream()).anyMatch(P2pCheck::looksGraded);
    }

    static String expected(int process) {
        return "Received from process " + process + " : sq = " + (long) process * process;
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        List<Problem> problems = new ArrayList<>(rankZero(run.np(), result.rank(0).stdout()));
        for (RankOutput rank : result.ranks()) {
            if (rank.rank() == 0) {
                continue;
            }
            rank.stdout().stream().map(String::strip).filter(P2pCheck::looksLikeReceiving).findFirst().ifPresent(line ->
                problems.add(new Problem("rank " + rank.rank() + " printed a line of its own", "nothing", "\""
                    + line + "\"", false, "only rank 0 prints, one line for each value it receives")));
        }
        if (problems.isEmpty()) {
            return List.of(CheckResult.pass(NAME, points));
        }
        return List.of(CheckResult.fail(NAME, points, message(run, problems)));
    }

    /** The problems of rank 0's lines, the one to show in full first. */
    private static List<Problem> rankZero(int np, List<String> stdout) {
        List<Graded> graded = new ArrayList<>();
        List<String> otherForm = new ArrayList<>();
        List<Integer> otherFormProcesses = new ArrayList<>();
        for (String raw : stdout) {
            String line = raw.strip();
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                graded.add(new Graded(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), line));
            } else if (looksGraded(line)) {
                otherForm.add(line);
                Matcher loose = LOOSE_PROCESS.matcher(line);
                if (loose.find()) {
                    otherFormProcesses.add(Integer.parseInt(loose.group(1)));
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        Map<Integer, List<Graded>> byProcess = new LinkedHashMap<>();
        graded.forEach(g -> byProcess.computeIfAbsent(g.process, p -> new ArrayList<>()).add(g));
        // A line in another form matters only where a line in the contract's form is missing: a remark such as
        // "received them all" next to every expected line is no wrong line.
        boolean allThere = IntStream.range(1, np).allMatch(byProcess::containsKey);
        if (!otherForm.isEmpty() && !allThere) {
            int process = otherFormProcesses.isEmpty() ? 1 : otherFormProcesses.get(0);
            problems.add(new Problem("rank 0 printed a line that is not in the expected form",
                expected(process >= 1 && process < np ? process : 1), otherForm.get(0), true,
                "print exactly \"Received from process R : sq = S\", with a space either side of ':' and of '='"));
        }
        for (Graded g : graded) {
            if (g.process >= 1 && g.process < np && g.value != (long) g.process * g.process
                && byProcess.get(g.process).get(0) == g) {
                problems.add(new Problem("rank 0 received the wrong value from process " + g.process,
                    expected(g.process), g.line, true, valueHint(g)));
            }
        }
        List<Integer> strangers = byProcess.keySet().stream().filter(p -> p < 1 || p >= np).toList();
        if (!strangers.isEmpty()) {
            problems.add(new Problem("rank 0 printed a line for process " + strangers.get(0) + ", but "
                + (np == 1 ? "the run has rank 0 alone" : "the run has ranks 0 to " + (np - 1)),
                lines(IntStream.range(1, np).boxed().toList()), lines(processes(graded)), false,
                "receive from sources 1 to size-1, with the size MPI.COMM_WORLD.Size() returns"));
        }
        byProcess.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst().ifPresent(e ->
            problems.add(new Problem("rank 0 printed process " + e.getKey() + "'s line " + e.getValue().size()
                + " times", expected(e.getKey()), e.getValue().get(1).line, true,
                "one line for each rank, once")));
        List<Integer> missing = IntStream.range(1, np).filter(p -> !byProcess.containsKey(p)
            && !otherFormProcesses.contains(p)).boxed().toList();
        if (!missing.isEmpty() && (otherForm.isEmpty() || !otherFormProcesses.isEmpty())) {
            String which = missing.size() == 1 ? "process " + missing.get(0)
                : "processes " + missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
            boolean lastOnly = missing.size() == 1 && missing.get(0) == np - 1 && np > 2;
            problems.add(new Problem("rank 0 printed no line for " + which, expected(missing.get(0)), null, true,
                lastOnly ? "receive from every source 1 to size-1 (a loop to size - 1 stops one short)" : ""));
        }
        List<Integer> order = processes(graded).stream().filter(p -> p >= 1 && p < np).distinct().toList();
        for (int i = 0; i + 1 < order.size(); i++) {
            if (order.get(i) > order.get(i + 1)) {
                problems.add(new Problem("rank 0 printed process " + order.get(i) + " before process "
                    + order.get(i + 1), lines(order.stream().sorted().toList()) + " in that order", lines(order),
                    false, ORDER_HINT));
                break;
            }
        }
        return problems;
    }

    private static String valueHint(Graded g) {
        if (g.value == (g.process ^ 2)) {
            return "R ^ 2 is exclusive or in Java, not a power: the square is R * R";
        }
        return "rank R sends R * R";
    }

    private static List<Integer> processes(List<Graded> graded) {
        return graded.stream().map(Graded::process).toList();
    }

    /** {@code lines for processes 1, 2, 3}. */
    private static String lines(List<Integer> processes) {
        if (processes.isEmpty()) {
            return "no line";
        }
        return (processes.size() == 1 ? "a line for process " : "lines for processes ")
            + processes.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String message(RunContext run, List<Problem> problems) {
        Problem first = problems.get(0);
        FailureMessage message = FailureMessage.of(run, first.what);
        if (first.quoted) {
            message.expectedButWas(first.expected, first.actual);
        } else {
            message.expectedValue(first.expected, first.actual);
        }
        problems.stream().skip(1).limit(MORE_SHOWN).forEach(p -> message.detail("also " + p.what
            + (p.actual == null ? "" : p.quoted ? " (\"" + p.actual + "\")" : " (" + p.actual + ")")));
        int hidden = problems.size() - 1 - MORE_SHOWN;
        if (hidden > 0) {
            message.detail("and " + hidden + " more " + (hidden == 1 ? "problem" : "problems"));
        }
        problems.stream().map(Problem::hint).filter(h -> !h.isEmpty()).distinct()
            .forEach(h -> message.detail("hint: " + h));
        return message.text();
    }

    /** A line of another rank that claims to receive: the contract's line, or one in another form. */
    private static boolean looksLikeReceiving(String line) {
        return LINE.matcher(line).matches() || LOOSE_PROCESS.matcher(line).find();
    }

    /** A line meant as a graded one, in whatever form: it mentions receiving or the square. */
    private static boolean looksGraded(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("received") || lower.matches(".*\\bsq\\s*[=:].*");
    }
}
