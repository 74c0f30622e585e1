package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
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
            double missing = expectedTotal - total;
            if (missing > 0 && isRootOfInteger(missing, run)) {
                message.detail("hint: the difference is sqrt(" + Math.round(missing * missing)
                    + "): is the loop's last term (i = m) missing?");
            }
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

    /** Whether {@code difference} is sqrt(k) for the k = m the run was given: the last term left out. */
    private static boolean isRootOfInteger(double difference, RunContext run) {
        if (run.arguments().isEmpty()) {
            return false;
        }
        long m = Long.parseLong(run.arguments().get(0));
        return Math.abs(difference - Math.sqrt(m)) < 1e-6 * Math.max(1, Math.sqrt(m));
    }
}
