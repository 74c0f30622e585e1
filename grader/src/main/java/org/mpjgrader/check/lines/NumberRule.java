package org.mpjgrader.check.lines;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a named number of a graded line must equal: an {@link Expression} of the rank, the rank count and the
 * arguments, or the number the reference solution printed in its line, each within a {@link Tolerance}.
 *
 * @param expression the value it must have, or null where the reference's number is the expected one
 * @param hint       what to look at in the code when the number is wrong (may be empty)
 * @param wrong      what a rank whose number is wrong is told, with the blanks {@code {actual}} and
 *                   {@code {expected}}, or null for {@code has the wrong NAME: ACTUAL instead of EXPECTED}
 * @param mistakes   the values usual mistakes give, each with its own hint, said instead of {@code hint} when the
 *                   number printed is one of them
 */
public record NumberRule(String name, Expression expression, Tolerance tolerance, String hint,
                         MessageTemplate wrong, List<Mistake> mistakes) {
    public static final Set<String> BLANKS = Set.of("actual", "expected");

    public NumberRule {
        mistakes = List.copyOf(mistakes);
    }

    /**
     * A value a usual mistake gives ({@code xor(process, 2)} where a program writes {@code R ^ 2} for a square), and
     * what a student who printed it should look at: a better hint than the number's own, which only says what is
     * right.
     */
    public record Mistake(Expression equals, String hint) {
    }

    public static NumberRule computed(String name, Expression expression, Tolerance tolerance, String hint) {
        return new NumberRule(name, expression, tolerance, hint, null, List.of());
    }

    public static NumberRule fromReference(String name, Tolerance tolerance, String hint) {
        return new NumberRule(name, null, tolerance, hint, null, List.of());
    }

    /** The same rule, whose wrong number is told in {@code wrong}'s words. */
    public NumberRule withWrong(MessageTemplate wrong) {
        return new NumberRule(name, expression, tolerance, hint, wrong, mistakes);
    }

    /** The same rule, which knows these mistakes. */
    public NumberRule withMistakes(List<Mistake> mistakes) {
        return new NumberRule(name, expression, tolerance, hint, wrong, mistakes);
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

    /**
     * The hint for a wrong number printed as {@code actual}: the first mistake's that gives it (within the
     * tolerance), or the number's own.
     *
     * @param names the names the expressions were computed with
     */
    public String hint(Map<String, Double> names, String actual) {
        double printed = Double.parseDouble(actual);
        return mistakes.stream().filter(m -> tolerance.accepts(m.equals().value(names), printed)).findFirst()
            .map(Mistake::hint).orElse(hint);
    }
}
