package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * Lesson 09, broadcast and reduce: the sum of sqrt(i) for i = 0..m split cyclically over the ranks. Rank 0's
 * total must match the reference within a relative 1e-9; each rank's partial sum must be that of the cyclic
 * split (rank R takes i = R, R+N, ...), which a block split or a lost remainder does not give.
 */
public final class RootSumCheck implements OutputCheck {
    static final double TOLERANCE = 1e-9;
    private static final Pattern PARTIAL = Pattern.compile("The partial sum of rank (\\d+) is " + GradedLines.NUMBER);
    private static final Pattern TOTAL = Pattern.compile("The total sum is " + GradedLines.NUMBER);

    @Override
    public String describeExpected() {
        return "every rank R prints \"The partial sum of rank R is P\", rank 0 \"The total sum is T\"";
    }

    @Override
    public boolean attempted(RunResult result) {
        return result.ranks().stream().flatMap(r -> r.stdout().stream())
            .anyMatch(l -> l.contains("partial sum") || l.contains("total sum"));
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        return List.of(total(run, result, reference, points / 2), partials(run, result, reference, points / 2));
    }

    private static CheckResult total(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        String name = "total sum";
        List<Matcher> expected = GradedLines.matching(reference.stdout().get(0), TOTAL);
        String expectedLine = expected.get(0).group(0);
        double expectedTotal = Double.parseDouble(expected.get(0).group(1));
        List<String> rank0 = result.rank(0).stdout();
        List<Matcher> totals = GradedLines.matching(rank0, TOTAL);
        if (totals.size() != 1) {
            String actual = totals.isEmpty() ? GradedLines.firstMentioning(rank0, "total sum") : totals.get(1).group(0);
            String what = totals.isEmpty() ? "rank 0 printed no total" : "rank 0 printed the total " + totals.size() + " times";
            return CheckResult.fail(name, points, FailureMessage.of(run, what)
                .expectedButWas(expectedLine, actual).text());
        }
        double total = Double.parseDouble(totals.get(0).group(1));
        if (!GradedLines.close(expectedTotal, total, TOLERANCE)) {
            FailureMessage message = FailureMessage.of(run, "the total is wrong (tolerance: relative 1e-9)")
                .expectedButWas(expectedLine, totals.get(0).group(0));
            missingTermsHint(expectedTotal - total, run).ifPresent(message::detail);
            return CheckResult.fail(name, points, message.text());
        }
        return CheckResult.pass(name, points);
    }

    private static CheckResult partials(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        String name = "cyclic partial sums";
        List<RankProblem> problems = new ArrayList<>();
        double studentSum = 0;
        for (RankOutput rank : result.ranks()) {
            int r = rank.rank();
            Matcher expected = GradedLines.matching(reference.stdout().get(r), PARTIAL).get(0);
            List<Matcher> partials = GradedLines.matching(rank.stdout(), PARTIAL);
            if (partials.isEmpty()) {
                problems.add(new RankProblem(r, "printed no partial sum", "", expected.group(0),
                    GradedLines.firstMentioning(rank.stdout(), "partial sum")));
                continue;
            }
            Matcher actual = partials.get(0);
            double value = Double.parseDouble(actual.group(2));
            studentSum += value;
            if (partials.size() > 1) {
                problems.add(new RankProblem(r, "printed " + partials.size() + " partial sums", "each rank prints its own once",
                    expected.group(0), actual.group(0)));
            } else if (Integer.parseInt(actual.group(1)) != r) {
                problems.add(new RankProblem(r, "labels its partial sum as rank " + actual.group(1),
                    "print the rank MPI.COMM_WORLD.Rank() returns", expected.group(0), actual.group(0)));
            } else if (!GradedLines.close(Double.parseDouble(expected.group(2)), value, TOLERANCE)) {
                problems.add(new RankProblem(r, "has the wrong partial sum", "", expected.group(0), actual.group(0)));
            }
        }
        if (problems.isEmpty()) {
            return CheckResult.pass(name, points);
        }
        String message = RankProblem.message(run, problems);
        double expectedTotal = Double.parseDouble(GradedLines.matching(reference.stdout().get(0), TOTAL).get(0).group(1));
        if (run.np() > 1 && problems.size() == problems.stream().filter(p -> p.what().startsWith("has the wrong")).count()
            && GradedLines.close(expectedTotal, studentSum, TOLERANCE)) {
            message += "\n  hint: the partial sums add up to the right total, but they are not the cyclic split:"
                + " rank R sums i = R, R+N, R+2N, ... (N = " + run.np() + ")";
        }
        return CheckResult.fail(name, points, message);
    }

    /**
     * A hint where the terms missing from the total can be named: the k = (m+1) mod N last ones, which a split into
     * N equal blocks leaves over, or the last one alone, which a loop ending before i = m leaves out. Only a hint that
     * holds for the numbers seen is given, and it names no value of the input (which may be hidden).
     */
    static Optional<String> missingTermsHint(double missing, RunContext run) {
        if (run.arguments().isEmpty() || missing <= 0) {
            return Optional.empty();
        }
        long m = Long.parseLong(run.arguments().get(0));
        int leftOver = (int) ((m + 1) % run.np());
        if (run.np() > 1 && leftOver > 0 && equalsSum(missing, lastRoots(m, leftOver))) {
            return Optional.of(leftOver == 1
                ? "hint: the difference is sqrt(m), the last term: is it left out of the loop, or left over when the "
                    + "m+1 terms are cut into " + run.np() + " equal blocks?"
                : "hint: the difference is the sum of sqrt(i) for the last " + leftOver + " terms (i = m-"
                    + (leftOver - 1) + " .. m), those left over when the m+1 terms are cut into " + run.np()
                    + " equal blocks; the cyclic split (rank R takes i = R, R+N, ...) leaves none out");
        }
        if (equalsSum(missing, Math.sqrt(m))) {
            return Optional.of("hint: the difference is sqrt(m): is the loop's last term (i = m) missing?");
        }
        return Optional.empty();
    }

    /** sqrt(i) for the last {@code count} terms, i = m-count+1 .. m. */
    private static double lastRoots(long m, int count) {
        double sum = 0;
        for (long i = m - count + 1; i <= m; i++) {
            sum += Math.sqrt(i);
        }
        return sum;
    }

    private static boolean equalsSum(double difference, double sum) {
        return Math.abs(difference - sum) < 1e-6 * Math.max(1, sum);
    }
}
