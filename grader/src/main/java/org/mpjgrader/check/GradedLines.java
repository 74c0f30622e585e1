package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the numbers out of the contract's lines: a line is matched whole (after trimming), and numbers may
 * be printed in Java's default form or any {@code %f}/{@code %e} form.
 */
public final class GradedLines {
    /** A decimal number as Java's {@code Double.toString} or {@code printf} write it. */
    public static final String NUMBER = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|NaN|-?Infinity)";

    private GradedLines() {
    }

    /** The matches of {@code pattern} among {@code lines}, in order. */
    public static List<Matcher> matching(List<String> lines, Pattern pattern) {
        List<Matcher> matches = new ArrayList<>();
        for (String line : lines) {
            Matcher m = pattern.matcher(line.strip());
            if (m.matches()) {
                matches.add(m);
            }
        }
        return matches;
    }

    /** The first of {@code lines} that contains {@code words} (any case): a line meant as a graded one. */
    public static String firstMentioning(List<String> lines, String words) {
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        return lines.stream().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains(lower)).findFirst()
            .orElse(null);
    }

    public static OptionalDouble number(String text) {
        try {
            return OptionalDouble.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Whether {@code actual} is within {@code relative} of {@code expected} (absolutely, near zero). */
    public static boolean close(double expected, double actual, double relative) {
        if (Double.isNaN(actual) || Double.isInfinite(actual)) {
            return false;
        }
        double scale = Math.max(Math.abs(expected), 1.0);
        return Math.abs(expected - actual) <= relative * scale;
    }
}
