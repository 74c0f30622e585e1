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
 * @param addsUp     for a line every rank prints, the hint said where this number is all that is wrong, on every
 *                   rank that is wrong, and yet the ranks' numbers add up to what the expected ones add up to
 *                   (within the tolerance): the work is split another way than the one asked for; or null for none
 * @param wrongNamesRank false where the {@code wrong} message, for a line rank 0 alone prints, is the whole of what
 *                   the run is told, without {@code rank 0} before it ({@code the total is wrong})
 */
public record NumberRule(String name, Expression expression, Tolerance tolerance, String hint,
                         MessageTemplate wrong, List<Mistake> mistakes, ComputedText addsUp, boolean wrongNamesRank) {
    public static final Set<String> BLANKS = Set.of("actual", "expected");

    public NumberRule {
        mistakes = List.copyOf(mistakes);
    }

    /**
     * A value a usual mistake gives ({@code xor(process, 2)} where a program writes {@code R ^ 2} for a square), and
     * what a student who printed it should look at: a better hint than the number's own, which only says what is
     * right.
     *
     * @param equals    the value the mistake prints, or null where {@code shortBy} says it
     * @param shortBy   what the mistake leaves out: the number printed is smaller than the expected one by this
     *                  (terms a loop leaves out of a sum), or null where {@code equals} says it
     * @param condition where it applies, an expression that is not 0 there; or null for everywhere
     * @param tolerance how close the printed number (or, for {@code shortBy}, what it lacks) must be to the
     *                  mistake's value, or null for the number's own tolerance
     * @param hint      with the expressions in braces the run's values ({@code cut into {ranks} blocks})
     */
    public record Mistake(Expression equals, Expression shortBy, Expression condition, Tolerance tolerance,
                          ComputedText hint) {
        public Mistake {
            if ((equals == null) == (shortBy == null)) {
                throw new IllegalArgumentException("a mistake is either the value printed or what it lacks");
            }
        }

        /** The value printed, with a hint of plain text. */
        public Mistake(Expression equals, String hint) {
            this(equals, null, null, null, ComputedText.plain(hint));
        }

        /** Whether the number printed as {@code printed}, where {@code expected} was, is this mistake's. */
        boolean gives(Map<String, Double> names, double expected, double printed, Tolerance otherwise) {
            if (condition != null && condition.value(names) == 0) {
                return false;
            }
            Tolerance within = tolerance == null ? otherwise : tolerance;
            if (equals != null) {
                return within.accepts(equals.value(names), printed);
            }
            double lacks = expected - printed;
            return lacks > 0 && within.accepts(shortBy.value(names), lacks);
        }
    }

    public static NumberRule computed(String name, Expression expression, Tolerance tolerance, String hint) {
        return new NumberRule(name, expression, tolerance, hint, null, List.of(), null, true);
    }

    public static NumberRule fromReference(String name, Tolerance tolerance, String hint) {
        return new NumberRule(name, null, tolerance, hint, null, List.of(), null, true);
    }

    /** The same rule, whose wrong number is told in {@code wrong}'s words. */
    public NumberRule withWrong(MessageTemplate wrong) {
        return new NumberRule(name, expression, tolerance, hint, wrong, mistakes, addsUp, wrongNamesRank);
    }

    /** The same rule, whose {@code wrong} words are said of the run, not after {@code rank 0}. */
    public NumberRule withWrongOfTheRun() {
        return new NumberRule(name, expression, tolerance, hint, wrong, mistakes, addsUp, false);
    }

    /** The same rule, which knows these mistakes. */
    public NumberRule withMistakes(List<Mistake> mistakes) {
        return new NumberRule(name, expression, tolerance, hint, wrong, mistakes, addsUp, wrongNamesRank);
    }

    /** The same rule, with the hint where the ranks' numbers add up to what is expected though split otherwise. */
    public NumberRule withAddsUp(ComputedText addsUp) {
        return new NumberRule(name, expression, tolerance, hint, wrong, mistakes, addsUp, wrongNamesRank);
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
        return written(expression.value(names));
    }

    /** A computed number as a program prints it: a whole one as an {@code int} or a {@code long}, without a point. */
    public static String written(double value) {
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
     * The hint for a wrong number printed as {@code actual} where {@code expected} was: the first mistake's that
     * gives it (within its tolerance), or the number's own.
     *
     * @param names the names the expressions were computed with
     */
    public String hint(Map<String, Double> names, String expected, String actual) {
        double printed = Double.parseDouble(actual);
        double wanted = Double.parseDouble(expected);
        return mistakes.stream().filter(m -> m.gives(names, wanted, printed, tolerance)).findFirst()
            .map(m -> m.hint().fill(names)).orElse(hint);
    }
}
