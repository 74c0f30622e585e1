package org.mpjgrader.check.lines;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far a printed number may be from the expected one: within {@code absolute}, or within {@code relative}
 * times the expected value's size. Both 0 (the default) is equality, right for counts and ranks; a sum of doubles
 * needs a relative 1e-9 or so, since the order of the additions moves its last digits.
 */
public record Tolerance(double relative, double absolute) {
    public static final Tolerance EXACT = new Tolerance(0, 0);

    public Tolerance {
        if (!(relative >= 0 && absolute >= 0)) {
            throw new IllegalArgumentException("a tolerance is 0 or more: relative " + relative + ", absolute "
                + absolute);
        }
    }

    public boolean accepts(double expected, double actual) {
        if (Double.isNaN(actual) || Double.isInfinite(actual)) {
            return false;
        }
        double off = Math.abs(actual - expected);
        return off <= absolute || off <= relative * Math.abs(expected);
    }

    /** {@code tolerance: relative 1e-9}, or empty for equality: what a message adds to a wrong number. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (relative > 0) {
            parts.add("relative " + written(relative));
        }
        if (absolute > 0) {
            parts.add("absolute " + written(absolute));
        }
        return parts.isEmpty() ? "" : "tolerance: " + String.join(", ", parts);
    }

    /** 1e-9 rather than 1.0E-9: as a teacher writes it in the package. */
    private static String written(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toString().toLowerCase(Locale.ROOT).replace("+", "");
    }
}
