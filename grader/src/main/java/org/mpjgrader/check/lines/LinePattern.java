package org.mpjgrader.check.lines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.check.GradedLines;

/**
 * A graded line's shape, {@code Rank {rank} received a total of {total} after {steps} steps}: text that must be
 * there as it is, and named numbers, each read in any of Java's forms ({@link GradedLines#NUMBER}), or, where the
 * package says a number is whole, only as an {@code int} or a {@code long} prints ({@link #WHOLE}). A line matches
 * whole, after trimming, as the contract's lines always have.
 *
 * @param text  the pattern as the package writes it
 * @param names the numbers' names, in the order they appear
 */
public record LinePattern(String text, List<String> names, List<String> literals, Pattern regex) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    /**
     * A whole number as Java prints an {@code int} or a {@code long}: {@code 4.0} (a square computed with
     * {@code Math.pow}) or {@code +4} is a line of another form. At most 18 digits, so that it always fits a
     * {@code long}.
     */
    static final String WHOLE = "(-?\\d{1,18})";

    public LinePattern {
        names = List.copyOf(names);
        literals = List.copyOf(literals);
    }

    /** @throws IllegalArgumentException where a name is there twice, or there is no text to tell the line by */
    public static LinePattern of(String pattern) {
        return of(pattern, Set.of());
    }

    /**
     * @param whole the names of the numbers read only as whole numbers ({@link #WHOLE})
     * @throws IllegalArgumentException where a name is there twice, or there is no text to tell the line by
     */
    public static LinePattern of(String pattern, Set<String> whole) {
        String text = pattern.strip();
        List<String> names = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int end = 0;
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (names.contains(name)) {
                throw new IllegalArgumentException("pattern '" + text + "' names {" + name + "} twice");
            }
            names.add(name);
            literals.add(text.substring(end, placeholder.start()));
            regex.append(Pattern.quote(text.substring(end, placeholder.start())))
                .append(whole.contains(name) ? WHOLE : GradedLines.NUMBER);
            end = placeholder.end();
        }
        literals.add(text.substring(end));
        regex.append(Pattern.quote(text.substring(end)));
        if (literals.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("pattern '" + text + "' has no text beside its numbers to tell its "
                + "line from others");
        }
        return new LinePattern(text, names, literals, Pattern.compile(regex.toString()));
    }

    /** The line's numbers, by name, as printed, or null where {@code line} is not of this shape. */
    public Map<String, String> read(String line) {
        Matcher m = regex.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        Map<String, String> numbers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            numbers.put(names.get(i), m.group(i + 1));
        }
        return numbers;
    }

    /** The line with these numbers written in. */
    public String write(Map<String, String> numbers) {
        StringBuilder line = new StringBuilder(literals.get(0));
        for (int i = 0; i < names.size(); i++) {
            line.append(numbers.get(names.get(i))).append(literals.get(i + 1));
        }
        return line.toString();
    }

    /**
     * The pattern's longest piece of text, in lower case ({@code received a total of}): what a line meant as this
     * one holds, by default ({@link LineWords#nearMiss()}).
     */
    public String longestText() {
        return literals.stream().map(String::strip).max(Comparator.comparingInt(String::length)).orElse("")
            .toLowerCase(Locale.ROOT);
    }
}
