package org.mpjgrader.check.lines;

import java.util.List;

/**
 * One graded line of a {@code lines} check: its shape, who prints it, and what each of its numbers must equal.
 *
 * @param everyRank true where every rank prints it once ({@code every-rank}), false where rank 0 alone does
 *                  ({@code rank-0})
 * @param numbers   a rule for each of the pattern's names, in the pattern's order
 * @param hint      what to do when a rank's line is missing or not of the pattern's shape (may be empty)
 * @param words     what the check says of the line: its name, its noun, ...
 */
public record LineRule(LinePattern pattern, boolean everyRank, List<NumberRule> numbers, String hint,
                       LineWords words) {

    public LineRule {
        numbers = List.copyOf(numbers);
        if (!numbers.stream().map(NumberRule::name).toList().equals(pattern.names())) {
            throw new IllegalArgumentException("the numbers " + numbers.stream().map(NumberRule::name).toList()
                + " are not the pattern's " + pattern.names());
        }
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
