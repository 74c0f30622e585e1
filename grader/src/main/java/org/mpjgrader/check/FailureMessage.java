package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The one shape of a failed check's message, after AssertJ's: a first line that says which run and what is
 * wrong, then what was expected, what came, and where the two first differ.
 *
 * <pre>
 * hello at 3 ranks: rank 2 reports the wrong number of processes
 *   expected: "Hello World from rank 2 of a total of 3 processes"
 *   but was:  "Hello World from rank 2 of a total of 4 processes"
 *   first difference at column 41: expected '3' but was '4'
 * </pre>
 */
public final class FailureMessage {
    private final List<String> lines = new ArrayList<>();

    private FailureMessage(String firstLine) {
        lines.add(firstLine);
    }

    public static FailureMessage of(RunContext run, String what) {
        return new FailureMessage(run.describe() + ": " + what);
    }

    /** A message about something else than a run at a rank count: {@code hpc (mandelbrot.slurm): ...}. */
    public static FailureMessage about(String subject, String what) {
        return new FailureMessage(subject + ": " + what);
    }

    /** Expected and actual text, quoted, with their first difference. */
    public FailureMessage expectedButWas(String expected, String actual) {
        lines.add("  expected: " + quote(expected));
        lines.add("  but was:  " + (actual == null ? "nothing" : quote(actual)));
        if (actual != null) {
            int at = firstDifference(expected, actual);
            if (at >= 0) {
                lines.add(NumberDifference.at(expected, actual, at).map(NumberDifference::describe)
                    .orElseGet(() -> "  first difference at column " + (at + 1) + ": expected " + charAt(expected, at)
                        + " but was " + charAt(actual, at)));
            }
        }
        return this;
    }

    /** Expected and actual values, unquoted (numbers, counts, sets). */
    public FailureMessage expectedValue(String expected, String actual) {
        lines.add("  expected: " + expected);
        lines.add("  but was:  " + actual);
        return this;
    }

    /** One more indented line: a rank's state, a hint, what the program printed. */
    public FailureMessage detail(String detail) {
        if (!detail.isBlank()) {
            lines.add("  " + detail);
        }
        return this;
    }

    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return text();
    }

    static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : n;
    }

    private static String charAt(String s, int i) {
        return i < s.length() ? "'" + s.charAt(i) + "'" : "the end of the line";
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
