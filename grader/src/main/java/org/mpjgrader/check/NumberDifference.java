package org.mpjgrader.check;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two lines that first differ inside a decimal number: by how much the numbers differ says more than the column
 * where their text does (3.87E10 and 3.10E11 differ at their second digit, and by a factor of 8). Whole numbers
 * keep the column, which says enough for a count or a rank.
 */
record NumberDifference(String expected, String actual) {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    /** The numbers of both lines around their first difference {@code at}, where both are numbers, one decimal. */
    static Optional<NumberDifference> at(String expected, String actual, int at) {
        Optional<String> e = numberAround(expected, at);
        Optional<String> a = numberAround(actual, at);
        if (e.isEmpty() || a.isEmpty() || e.get().equals(a.get()) || whole(e.get()) && whole(a.get())) {
            return Optional.empty();
        }
        return Optional.of(new NumberDifference(e.get(), a.get()));
    }

    /** The number of {@code line} that spans the column {@code at} (or ends just before it), if any. */
    private static Optional<String> numberAround(String line, int at) {
        Matcher number = NUMBER.matcher(line);
        while (number.find()) {
            if (number.start() <= at && at <= number.end()) {
                return Optional.of(number.group());
            }
        }
        return Optional.empty();
    }

    private static boolean whole(String number) {
        return number.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
    }

    /** {@code first difference in a number: expected 3.87E10 but was 3.10E11, larger by 2.71e+11 (relative 7.01)}. */
    String describe() {
        double e = Double.parseDouble(expected);
        double a = Double.parseDouble(actual);
        double by = a - e;
        String relative = e == 0 ? "" : String.format(Locale.ROOT, " (relative %.3g)", Math.abs(by / e));
        return String.format(Locale.ROOT, "  first difference in a number: expected %s but was %s, %s by %.3g%s",
            expected, actual, by >= 0 ? "larger" : "smaller", Math.abs(by), relative);
    }
}
