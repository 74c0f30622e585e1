package org.mpjgrader.check.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hint with numbers of the run in it, each an {@link Expression} in braces
 * ({@code cut into {ranks} equal blocks}, {@code the last {(m + 1) mod ranks} terms}): what a known mistake did
 * depends on the rank count, which the hint may then name. A blank is read when the course is read, so that a
 * misspelt name is the package's mistake, found there. A blank that names an argument shows a value of the input,
 * which may be hidden: a package names only what the student may read ({@code ranks}, or a remainder of it).
 *
 * @param literals the text around the blanks, one more than the blanks
 * @param blanks   the expressions, each written as a computed number is ({@link NumberRule#written(double)})
 */
public record ComputedText(String text, List<String> literals, List<Expression> blanks) {
    private static final Pattern BLANK = Pattern.compile("\\{([^{}]*)}");

    public ComputedText {
        literals = List.copyOf(literals);
        blanks = List.copyOf(blanks);
    }

    /** Text without blanks, as it is. */
    public static ComputedText plain(String text) {
        return new ComputedText(text, List.of(text), List.of());
    }

    /**
     * @param names the names the blanks may use
     * @throws IllegalArgumentException where a blank is no expression of those names
     */
    public static ComputedText of(String text, Set<String> names) {
        List<String> literals = new ArrayList<>();
        List<Expression> blanks = new ArrayList<>();
        Matcher blank = BLANK.matcher(text);
        int end = 0;
        while (blank.find()) {
            literals.add(text.substring(end, blank.start()));
            try {
                blanks.add(ExpressionParser.parse(blank.group(1), names));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "': the blank {" + blank.group(1) + "}: "
                    + e.getMessage());
            }
            end = blank.end();
        }
        literals.add(text.substring(end));
        return new ComputedText(text, literals, blanks);
    }

    /** The text with each blank's value written in. */
    public String fill(Map<String, Double> names) {
        StringBuilder filled = new StringBuilder(literals.get(0));
        for (int i = 0; i < blanks.size(); i++) {
            filled.append(NumberRule.written(blanks.get(i).value(names))).append(literals.get(i + 1));
        }
        return filled.toString();
    }
}
