package org.mpjgrader.check.lines;

import java.util.Map;

/**
 * What a named number of a graded line must equal: an {@link Expression} of the rank, the rank count and the
 * arguments, or the number the reference solution printed in its line, each within a {@link Tolerance}.
 *
 * @param expression the value it must have, or null where the reference's number is the expected one
 * @param hint       what to look at in the code when the number is wrong (may be empty)
 */
public record NumberRule(String name, Expression expression, Tolerance tolerance, String hint) {

    public static NumberRule computed(String name, Expression expression, Tolerance tolerance, String hint) {
        return new NumberRule(name, expression, tolerance, hint);
    }

    public static NumberRule fromReference(String name, Tolerance tolerance, String hint) {
        return new NumberRule(name, null, tolerance, hint);
    }

    public boolean needsReference() {
        return expression == null;
    }

    /**
     * The expected number as a line would print it: a computed whole number without a decimal point, as a
     * program printing an {@code int} or a {@code long} writes it; the reference's as it printed it.
     *
     * @param names     {@code rank}, {@code ranks} and the arguments, by name
     * @param reference the reference's numbers of the same line, by name (unused for a computed number)
     */
    public String expected(Map<String, Double> names, Map<String, String> reference) {
        if (expression == null) {
            return reference.get(name);
        }
        double value = expression.value(names);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** Whether {@code actual}, as printed, is {@code expected} within the tolerance. */
    public boolean accepts(String expected, String actual) {
        return tolerance.accepts(Double.parseDouble(expected), Double.parseDouble(actual));
    }
}
