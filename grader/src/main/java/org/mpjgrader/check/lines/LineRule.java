package org.mpjgrader.check.lines;

import java.util.List;

/**
 * One graded line of a {@code lines} check: its shape, who prints it, and what each of its numbers must equal.
 *
 * @param everyRank true where every rank prints it once ({@code every-rank}), false where rank 0 alone does
 *                  ({@code rank-0})
 * @param numbers   a rule for each of the pattern's names, in the pattern's order
 * @param hint      what to do when a rank's line is missing or not of the pattern's shape (may be empty)
 */
public record LineRule(LinePattern pattern, boolean everyRank, List<NumberRule> numbers, String hint) {

    public LineRule {
        numbers = List.copyOf(numbers);
        if (!numbers.stream().map(NumberRule::name).toList().equals(pattern.names())) {
            throw new IllegalArgumentException("the numbers " + numbers.stream().map(NumberRule::name).toList()
                + " are not the pattern's " + pattern.names());
        }
    }

    /** {@code every rank prints "Rank {rank} received ..."}: the check's name and what a silent student reads. */
    public String describe() {
        return (everyRank ? "every rank prints \"" : "rank 0 prints \"") + pattern.text() + "\"";
    }

    public boolean needsReference() {
        return numbers.stream().anyMatch(NumberRule::needsReference);
    }
}
