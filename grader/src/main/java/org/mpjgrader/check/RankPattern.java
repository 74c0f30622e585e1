package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/**
 * What a sweep over rank counts shows: the simplest rule over a run's rank count (and its whole-number arguments)
 * that holds for every run of an exercise that failed and for no run that passed, in words a student can act on:
 *
 * <pre>
 * fails when the rank count does not divide ni (200): passes at 1, 2, 4 ranks, fails at 3 ranks
 * </pre>
 *
 * <p>Rules are tried in this order: only at 1 rank; more than K ranks; fewer than K; the rank count not dividing
 * an argument; the slaves (ranks - 1) not dividing an argument; more ranks than an argument (only those the
 * contract says are split over the ranks, where it says so); an odd rank count; not a power of two. Where several
 * arguments fit the same rule, all are named ("nr or ni"): the runs cannot tell them apart. There is no pattern
 * (empty) unless some run passed and some failed, every failure is one of the program's output (not a compile
 * error, a missing program or a machine fault), and one rule fits exactly.
 * Hidden runs' arguments are never shown. Same runs, same text.
 */
public final class RankPattern {
    /** Verdicts that say nothing of how the program behaves at a rank count. */
    private static final Set<Verdict> NOT_ABOUT_RANKS =
        EnumSet.of(Verdict.COMPILE_ERROR, Verdict.NOT_IMPLEMENTED, Verdict.NOT_GRADED);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");

    private RankPattern() {
    }

    /**
     * @param runs      the runs of one exercise, in the plan's order
     * @param arguments what the contract says of its arguments: their names, and those a pattern may read
     */
    public static Optional<String> of(List<RunGrade> allRuns, ContractArguments arguments) {
        // A wall-clock row judges the machine as much as the program: no pattern over rank counts reads it.
        List<RunGrade> runs = allRuns.stream().filter(r -> r.visibility() != Visibility.WALL).toList();
        if (!sweepsOutput(runs)) {
            return Optional.empty();
        }
        return rules(runs, arguments).stream().filter(rule -> separates(rule, runs)).findFirst()
            .map(rule -> rule.describe(runs));
    }

    private static boolean sweepsOutput(List<RunGrade> runs) {
        boolean anyPassed = runs.stream().anyMatch(r -> r.verdict().passed());
        boolean anyFailed = runs.stream().anyMatch(r -> !r.verdict().passed());
        return anyPassed && anyFailed && runs.stream().noneMatch(r -> NOT_ABOUT_RANKS.contains(r.verdict()));
    }

    private static boolean separates(Rule rule, List<RunGrade> runs) {
        return runs.stream().allMatch(r -> rule.failsAt().test(r) != r.verdict().passed());
    }

    /** The candidate rules, simplest first; those over arguments already hold only the arguments that fit. */
    private static List<Rule> rules(List<RunGrade> runs, ContractArguments names) {
        int mostPassing = passingRankCounts(runs).max().orElseThrow();
        int fewestPassing = passingRankCounts(runs).min().orElseThrow();
        List<Rule> rules = new ArrayList<>(List.of(
            Rule.ofRanks("fails only at 1 rank", np -> np == 1),
            Rule.ofRanks("fails with more than " + ranks(mostPassing), np -> np > mostPassing),
            Rule.ofRanks("fails with fewer than " + ranks(fewestPassing), np -> np < fewestPassing)));
        // The split argument before the rank count's own shape: "does not divide ni" is what a student can mend.
        argumentRule("fails when the rank count does not divide ", (np, a) -> a % np != 0, runs, names)
            .ifPresent(rules::add);
        if (runs.stream().allMatch(r -> r.np() >= 2)) {
            argumentRule("fails when the number of slaves (ranks - 1) does not divide ",
                (np, a) -> a % (np - 1) != 0, runs, names).ifPresent(rules::add);
        }
        argumentRule("fails when there are more ranks than ", (np, a) -> np > a, runs, names).ifPresent(rules::add);
        rules.add(Rule.ofRanks("fails with an odd rank count", np -> np % 2 == 1));
        rules.add(Rule.ofRanks("fails when the rank count is not a power of two", np -> Integer.bitCount(np) != 1));
        return rules;
    }

    private static IntStream passingRankCounts(List<RunGrade> runs) {
        return runs.stream().filter(r -> r.verdict().passed()).mapToInt(RunGrade::np);
    }

    /** The rule over every whole-number argument for which {@code failsAt} separates the runs, if any does. */
    private static Optional<Rule> argumentRule(String says, RankAndArgument failsAt, List<RunGrade> runs,
                                               ContractArguments names) {
        List<Integer> fitting = wholeNumberArguments(runs).stream().filter(names::splitOverRanks)
            .filter(i -> separates(new Rule("", r -> failsAt.test(r.np(), argument(r, i)), List.of(i)), runs))
            .toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        String named = fitting.stream().map(names::nameOf).collect(Collectors.joining(" or "));
        return Optional.of(new Rule(says + named,
            r -> fitting.stream().anyMatch(i -> failsAt.test(r.np(), argument(r, i))), fitting, names));
    }

    /** The positions of the arguments that every run gives as a whole number. */
    private static List<Integer> wholeNumberArguments(List<RunGrade> runs) {
        int fewest = runs.stream().mapToInt(r -> r.arguments().size()).min().orElse(0);
        return IntStream.range(0, fewest).filter(i -> runs.stream()
            .allMatch(r -> WHOLE_NUMBER.matcher(r.arguments().get(i)).matches())).boxed().toList();
    }

    private static long argument(RunGrade run, int index) {
        return Long.parseLong(run.arguments().get(index));
    }

    /** {@code 1 rank}, {@code 3 ranks}. */
    private static String ranks(int count) {
        return count + (count == 1 ? " rank" : " ranks");
    }

    /** {@code passes at 1, 2, 4 ranks, fails at 3 ranks}: either half left out where no run of it is there. */
    private static String sweep(List<RunGrade> runs) {
        List<String> halves = new ArrayList<>();
        rankCounts(runs, true).ifPresent(counts -> halves.add("passes at " + counts));
        rankCounts(runs, false).ifPresent(counts -> halves.add("fails at " + counts));
        return String.join(", ", halves);
    }

    private static Optional<String> rankCounts(List<RunGrade> runs, boolean passed) {
        List<Integer> counts = runs.stream().filter(r -> r.verdict().passed() == passed).map(RunGrade::np)
            .distinct().sorted().toList();
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        String listed = counts.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Optional.of(listed + (counts.equals(List.of(1)) ? " rank" : " ranks"));
    }

    @FunctionalInterface
    private interface RankAndArgument {
        boolean test(int np, long argument);
    }

    /**
     * One candidate: what it says, at which runs it says the program fails, and the arguments it reads (whose
     * values the explanation shows, for runs that are not hidden).
     */
    private record Rule(String says, Predicate<RunGrade> failsAt, List<Integer> arguments, ContractArguments names) {

        Rule(String says, Predicate<RunGrade> failsAt, List<Integer> arguments) {
            this(says, failsAt, arguments, ContractArguments.NONE);
        }

        static Rule ofRanks(String says, Predicate<Integer> failsAt) {
            return new Rule(says, r -> failsAt.test(r.np()), List.of());
        }

        String describe(List<RunGrade> runs) {
            if (arguments.isEmpty()) {
                return says + ": " + sweep(runs);
            }
            Map<String, List<RunGrade>> byInput = byInput(runs);
            if (byInput.size() == 1 && runs.stream().noneMatch(RankPattern.Rule::hidden)) {
                return says + " (" + values(runs.get(0), false) + "): " + sweep(runs);
            }
            return says + ": " + byInput.entrySet().stream().map(e -> e.getKey() + ", " + sweep(e.getValue()))
                .collect(Collectors.joining("; "));
        }

        /** The runs by their input ({@code with ni = 200}), in the order inputs first come; hidden ones last. */
        private Map<String, List<RunGrade>> byInput(List<RunGrade> runs) {
            Map<String, List<RunGrade>> byInput = new LinkedHashMap<>();
            runs.stream().filter(r -> !hidden(r))
                .forEach(r -> byInput.computeIfAbsent("with " + values(r, true), k -> new ArrayList<>()).add(r));
            List<RunGrade> hidden = runs.stream().filter(RankPattern.Rule::hidden).toList();
            if (!hidden.isEmpty()) {
                byInput.put(hidden.size() == 1 ? "on a hidden input" : "on hidden inputs", hidden);
            }
            return byInput;
        }

        /** {@code 200}, or {@code ni = 200} when {@code named} or when there are several. */
        private String values(RunGrade run, boolean named) {
            if (arguments.size() == 1 && !named) {
                return run.arguments().get(arguments.get(0));
            }
            return arguments.stream().map(i -> names.nameOf(i) + " = " + run.arguments().get(i))
                .collect(Collectors.joining(" and "));
        }

        private static boolean hidden(RunGrade run) {
            return run.visibility() == Visibility.HIDDEN;
        }
    }
}
