package org.mpjgrader.check.lines;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * A line rank 0 prints once for each value of one of its numbers, over a range computed from the rank count and
 * the arguments ({@code Received from process {process} : sq = {sq}} for process = 1 .. ranks - 1): what
 * {@code for_each} says. The number tells the lines apart, so the check can name which value's line is wrong,
 * missing, there twice, out of the range or out of order ({@link ForEachLines}).
 *
 * @param number   the pattern's name of the number that takes each value once; its word in messages
 *                 ({@code printed no line for process 2})
 * @param plural   that word for several values ({@code printed no line for processes 2, 3})
 * @param outside  what rank 0 is told when it printed a line for a value outside the range
 * @param missing  what rank 0 is told when a value's line is missing
 * @param order    whether the lines must come in ascending order of the number, and the hint where they do not
 */
public record ForEach(String number, Expression from, Expression to, String plural, Outside outside,
                     Missing missing, Order order) {

    /**
     * @param message with the blanks {@code {NUMBER}} (the value printed), {@code {from}} and {@code {to}}
     * @param ifEmpty the same, where the range is empty (no line expected at all)
     */
    public record Outside(MessageTemplate message, MessageTemplate ifEmpty, String hint) {
    }

    /**
     * @param hint     said when values' lines are missing (may be empty)
     * @param lastHint said instead where the last value's line alone is missing of two or more: a loop that stops
     *                 one short (may be empty)
     */
    public record Missing(String hint, String lastHint) {
    }

    /** @param ascending false where the lines may come in any order */
    public record Order(boolean ascending, String hint) {
    }

    /** The whole numbers from..to, none where to &lt; from. */
    public record Range(long from, long to) {
        public boolean contains(long value) {
            return value >= from && value <= to;
        }

        public boolean isEmpty() {
            return to < from;
        }

        public long size() {
            return isEmpty() ? 0 : to - from + 1;
        }

        public List<Long> values() {
            return LongStream.rangeClosed(from, to).boxed().toList();
        }
    }

    /**
     * The range at a run, with {@code ranks} and the arguments bound.
     *
     * @throws IllegalStateException where a bound is not a whole number, or the range is over
     *                               {@link Expression#MAX_TERMS} values: a mistake of the package
     */
    public Range range(Map<String, Double> names) {
        Range range = new Range(whole(from.value(names), "from"), whole(to.value(names), "to"));
        if (range.size() > Expression.MAX_TERMS) {
            throw new IllegalStateException("for_each " + number + ": " + range.size() + " values, at most "
                + Expression.MAX_TERMS);
        }
        return range;
    }

    private long whole(double bound, String which) {
        if (bound != Math.rint(bound) || Math.abs(bound) > 1e15) {
            throw new IllegalStateException("for_each " + number + ": '" + which + "' is " + bound
                + ", not a whole number");
        }
        return (long) bound;
    }

    /** {@code process 2}, or {@code processes 2, 3}. */
    public String name(List<Long> values) {
        return (values.size() == 1 ? number : plural) + " "
            + values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
