package org.mpjgrader.check.lines;

import java.util.List;

/**
 * One graded line of a {@code lines} check: its shape, who prints it, and what each of its numbers must equal.
 *
 * @param everyRank true where every rank prints it once ({@code every-rank}), false where rank 0 alone does
 *                  ({@code rank-0})
 * @param numbers   a rule for each of the pattern's names, in the pattern's order, but the {@code forEach}
 *                  number's
 * @param hint      what to do when a rank's line is missing or not of the pattern's shape (may be empty); for a
 *                  {@code forEach} line, when it is not of the pattern's shape ({@link ForEach.Missing} says the
 *                  other)
 * @param words     what the check says of the line: its name, its noun, ...
 * @param forEach   where rank 0 prints the line once for each value of one of its numbers, which and how; or null
 *                  for a line printed once
 */
public record LineRule(LinePattern pattern, boolean everyRank, List<NumberRule> numbers, String hint,
                       LineWords words, ForEach forEach) {

    public LineRule {
        numbers = List.copyOf(numbers);
        List<String> named = pattern.names().stream().filter(n -> forEach == null || !n.equals(forEach.number()))
            .toList();
        if (!numbers.stream().map(NumberRule::name).toList().equals(named)) {
            throw new IllegalArgumentException("the numbers " + numbers.stream().map(NumberRule::name).toList()
                + " are not the pattern's " + named);
        }
        if (forEach != null && (everyRank || !pattern.names().contains(forEach.number()))) {
            throw new IllegalArgumentException("for_each " + forEach.number() + ": a number of the pattern's, in a "
                + "line rank 0 prints");
        }
    }

    /** A line printed once, by every rank or by rank 0. */
    public LineRule(LinePattern pattern, boolean everyRank, List<NumberRule> numbers, String hint, LineWords words) {
        this(pattern, everyRank, numbers, hint, words, null);
    }

    /** The check's name in results. */
    public String name() {
        return words.name();
    }

    /** What a student whose run printed none of the lines reads. */
    public String describe() {
        return words.describe();
    }

    public boolean needsReference() {
        return numbers.stream().anyMatch(NumberRule::needsReference);
    }
}
