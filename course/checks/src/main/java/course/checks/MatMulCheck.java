package course.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.GradedLines;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * Lesson 13, both versions of the matrix product ({@code matmul} and {@code matmul-distributed}): rank 0 prints
 * {@code Checksum: S} (the sum of all elements of C) and {@code Trace-like: T} (the sum over every row i of
 * C[i][i mod n3]). Each is compared with the reference solution's value for the same arguments, a check of its
 * own with half the points.
 *
 * <p>The checksum of a wrong C usually tells how it is wrong: off by about a whole number of rows of C (the rows
 * a block split lost, or all but rank 0's), by about one of the n2 terms of every element (an inner loop one
 * short), or by columns. Such a difference is named in a hint, measured in rows as the checksum over n1 (the
 * average row), so "about": with seeded matrices rows differ by a few per cent.
 */
public final class MatMulCheck implements OutputCheck {
    /**
     * Relative tolerance of both values. A and B hold non-negative numbers (uniform in [0, 1), or 1/sqrt(n2)
     * without a seed), so every sum in the product is of non-negative terms, and any order of adding them (i-k-j
     * or i-j-k loops, rows in blocks, MPJ adding the ranks' arrays in a Reduce) is within (number of additions)
     * x 2^-53 of the exact value. The checksum adds n1 * n3 elements of n2 products each: at most about
     * 300 x 400 + 500 additions on any path, so two legitimate orders differ by less than 2 x 1.2e5 x 1.1e-16,
     * about 3e-11 (typically 1e-13, the error growing like the square root). 1e-9 leaves a factor of 30 on that
     * worst case, while the smallest real bug moves the values by far more: one missing term per element by
     * 1/n2 (at least 1/500), one missing row by about 1/n1 (at least 1/301), float arithmetic by about 1e-7.
     * The task texts state 1e-9 to students.
     */
    static final double TOLERANCE = 1e-9;
    private static final Pattern CHECKSUM = Pattern.compile("Checksum: " + GradedLines.NUMBER);
    private static final Pattern TRACE = Pattern.compile("Trace-like: " + GradedLines.NUMBER);
    /** How close to a whole number of rows, columns or terms a difference must be for a hint to name it. */
    private static final double WHOLE = 0.25;
    private static final List<String> DEFAULTS = List.of("300", "500", "400");

    /** The sizes of the run and whether A and B come from a seed. */
    private record Sizes(long n1, long n2, long n3, boolean seeded, int np) {
        static Sizes of(RunContext run) {
            List<String> args = run.arguments();
            long[] n = new long[3];
            for (int i = 0; i < 3; i++) {
                n[i] = Long.parseLong(i < args.size() ? args.get(i) : DEFAULTS.get(i));
            }
            return new Sizes(n[0], n[1], n[2], args.size() > 3, run.np());
        }

        /** The rows rank 0 computes: the first n1 % N ranks have one more. */
        long rowsOfRankZero() {
            return n1 / np + (n1 % np == 0 ? 0 : 1);
        }
    }

    /** One of the two values: its name, its pattern, and the word a near miss would contain. */
    private record Value(String name, String what, Pattern pattern, String word) {
    }

    private static final Value SUM = new Value("checksum", "the checksum", CHECKSUM, "checksum");
    private static final Value TRACE_LIKE = new Value("trace-like sum", "the trace-like sum", TRACE, "trace");

    /** What rank 0 printed for a value: the number and its line, or the failure that there is none. */
    private record Read(double value, String line, String text, String failure) {
    }

    @Override
    public String describeExpected() {
        return "rank 0 prints \"Checksum: S\" and \"Trace-like: T\"";
    }

    @Override
    public boolean attempted(RunResult result) {
        return result.ranks().stream().flatMap(r -> r.stdout().stream()).map(l -> l.toLowerCase(Locale.ROOT))
            .anyMatch(l -> l.contains("checksum") || l.contains("trace"));
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        Sizes sizes = Sizes.of(run);
        Matcher sumExpected = expected(reference, SUM);
        Matcher traceExpected = expected(reference, TRACE_LIKE);
        Read sum = read(run, result, SUM, sumExpected.group(0));
        Read trace = read(run, result, TRACE_LIKE, traceExpected.group(0));
        double s = Double.parseDouble(sumExpected.group(1));
        double t = Double.parseDouble(traceExpected.group(1));
        boolean sumRight = sum.failure == null && GradedLines.close(s, sum.value, TOLERANCE);
        boolean traceRight = trace.failure == null && GradedLines.close(t, trace.value, TOLERANCE);
        return List.of(
            judge(run, SUM, sum, sumExpected.group(0), s, sumRight, points / 2,
                sumHint(sizes, s, sum, trace, traceRight)),
            judge(run, TRACE_LIKE, trace, traceExpected.group(0), t, traceRight, points / 2,
                traceHint(sizes, sumRight)));
    }

    private static CheckResult judge(RunContext run, Value value, Read read, String expectedLine, double expected,
                                     boolean right, double points, String hint) {
        if (read.failure != null) {
            return CheckResult.fail(value.name, points, read.failure);
        }
        if (right) {
            return CheckResult.pass(value.name, points);
        }
        FailureMessage message = FailureMessage.of(run, value.what + " is wrong (tolerance: relative 1e-9)")
            .expectedButWas(expectedLine, read.line);
        String rounded = roundedHint(value, expected, read);
        message.detail(rounded.isEmpty() ? hint : rounded);
        return CheckResult.fail(value.name, points, message.text());
    }

    private static Matcher expected(ReferenceOutput reference, Value value) {
        List<Matcher> lines = reference.stdout().isEmpty() ? List.of()
            : GradedLines.matching(reference.stdout().get(0), value.pattern);
        if (lines.isEmpty()) {
            throw new IllegalStateException("the reference solution's rank 0 printed no " + value.name);
        }
        return lines.get(0);
    }

    private static Read read(RunContext run, RunResult result, Value value, String expectedLine) {
        List<String> rank0 = result.rank(0).stdout();
        List<Matcher> lines = GradedLines.matching(rank0, value.pattern);
        if (lines.size() == 1) {
            Matcher m = lines.get(0);
            return new Read(Double.parseDouble(m.group(1)), m.group(0), m.group(1), null);
        }
        if (lines.size() > 1) {
            return failed(FailureMessage.of(run, "rank 0 printed " + value.what + " " + lines.size() + " times")
                .expectedButWas(expectedLine, lines.get(1).group(0)).detail("hint: print it once, at the end"));
        }
        String nearMiss = GradedLines.firstMentioning(rank0, value.word);
        FailureMessage message = FailureMessage.of(run, "rank 0 printed no " + value.name
            + (nearMiss == null ? "" : " in the expected form")).expectedButWas(expectedLine, nearMiss);
        result.ranks().stream().filter(r -> r.rank() != 0)
            .filter(r -> !GradedLines.matching(r.stdout(), value.pattern).isEmpty()).map(RankOutput::rank)
            .findFirst().ifPresent(r -> message.detail("hint: rank " + r + " printed it: only rank 0, the root "
                + "that collects C, prints the results"));
        return failed(message);
    }

    private static Read failed(FailureMessage message) {
        return new Read(Double.NaN, null, null, message.text());
    }

    /** What the checksum's difference from the expected one suggests, or nothing. */
    private static String sumHint(Sizes sizes, double expected, Read sum, Read trace, boolean traceRight) {
        if (sum.failure != null || expected == 0) {
            return "";
        }
        if (sizes.seeded && sum.value == (double) (sizes.n1 * sizes.n3) && trace.failure == null
            && trace.value == (double) sizes.n1) {
            return "hint: n1 * n3 and n1 are the values without a seed (every element of C is 1); with the seed"
                + " argument, A and then B are filled from new Random(seed)";
        }
        double missing = expected - sum.value;
        double rows = missing / (expected / sizes.n1);
        double terms = missing / (expected / sizes.n2);
        double columns = missing / (expected / sizes.n3);
        long k = Math.round(rows);
        boolean oneTerm = whole(terms) && Math.round(terms) == 1;
        String termHint = "every element of C seems to miss one of its n2 = " + sizes.n2 + " terms: does the inner"
            + " loop run over every k from 0 to n2 - 1?";
        if (whole(rows) && k > 0 && k == sizes.n1 % sizes.np) {
            // With n1 close to n2, one row of C weighs about as much as one term of every element: say both.
            return "hint: the checksum misses about " + rowsText(k) + " of C, as many as n1 % N = " + sizes.n1
                + " % " + sizes.np + ": give the first n1 % N ranks one row more (a split of n1 / N rows for every"
                + " rank fails only where N does not divide n1 = " + sizes.n1 + ")"
                + (oneTerm ? "; or else " + termHint : "");
        }
        if (oneTerm) {
            return "hint: " + termHint;
        }
        if (whole(rows) && k > 0 && sizes.np > 1 && k == sizes.n1 - sizes.rowsOfRankZero()) {
            return "hint: only rank 0's rows of C seem to be there, the others are 0: do the other ranks get their"
                + " rows of A and all of B (Scatterv, Bcast), and do their rows of C land in their places on rank 0"
                + " (displacements count elements, not rows)?";
        }
        if (whole(rows) && k > 0) {
            return "hint: the checksum misses about " + rowsText(k) + " of C: does every row 0 .. n1-1 belong to"
                + " exactly one rank's block?";
        }
        if (whole(rows) && k < 0) {
            return "hint: the checksum has about " + rowsText(-k) + " of C too many: is a row computed by two"
                + " ranks, or added twice?";
        }
        if (whole(columns) && Math.round(columns) > 0) {
            return "hint: the checksum misses about " + Math.round(columns) + " column"
                + (Math.round(columns) == 1 ? "" : "s") + " of C: does every row run over j = 0 .. n3-1?";
        }
        if (traceRight) {
            return "hint: the trace-like sum is right, so every row's element C[i][i mod n3] is: look at the other"
                + " elements, and at how the checksum adds up all n1 * n3 of them";
        }
        return "";
    }

    private static String traceHint(Sizes sizes, boolean sumRight) {
        if (!sumRight) {
            return "";
        }
        if (sizes.n1 > sizes.n3) {
            return "hint: the checksum is right, so C probably is: the trace-like sum adds C[i][i mod n3] over all"
                + " n1 = " + sizes.n1 + " rows, going round to column 0 after column n3 - 1 = " + (sizes.n3 - 1)
                + ", not the ordinary trace over min(n1, n3) rows";
        }
        return "hint: the checksum is right, so C probably is: the trace-like sum adds C[i][i mod n3] for every"
            + " row i = 0 .. n1-1 (element i * n3 + i % n3 of the flat array)";
    }

    /** A hint when the value printed is right as far as its digits go: it was rounded when printed. */
    private static String roundedHint(Value value, double expected, Read read) {
        if (read.failure != null || read.text.matches("(?i).*(nan|infinity).*")) {
            return "";
        }
        BigDecimal printed = new BigDecimal(read.text.replace("+", "").replaceFirst("^\\.", "0."));
        // The place of the last digit printed: an error up to half of it is the rounding's.
        double unit = Math.pow(10, -printed.scale());
        if (Math.abs(expected - read.value) <= unit / 2 * (1 + 1e-6)) {
            return "hint: " + value.what + " is right to the digits printed, but rounded: print the double with"
                + " Java's default formatting (\"" + read.line.substring(0, read.line.indexOf(':') + 2)
                + "\" + value), which keeps every digit";
        }
        return "";
    }

    private static boolean whole(double x) {
        return Double.isFinite(x) && Math.abs(x - Math.rint(x)) <= WHOLE;
    }

    private static String rowsText(long k) {
        return k == 1 ? "1 row" : k + " rows";
    }
}
