package org.mpjgrader.check.lines;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression, in any case and found anywhere in a line, that marks the line as meant for a graded one
 * though it is not of the pattern's shape ({@code received\s+from}): a wider net than a piece of the pattern's
 * text ({@link LineWords#nearMiss()}), for the forms students get wrong. Where it names a group after the line's
 * {@code for_each} number ({@code (?<process>-?\d+)}), it also reads which value the line was meant for.
 *
 * @param number the name of its group, or null for none
 */
public record LoosePattern(Pattern regex, String number) {
    /** {@code (?<name>}, not escaped: a named group of a regular expression. */
    private static final Pattern NAMED_GROUP = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /**
     * @throws IllegalArgumentException where {@code regex} is not a regular expression, or names more than one group
     */
    public static LoosePattern of(String regex) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + regex + "' is not a regular expression: "
                + e.getDescription() + " at index " + e.getIndex());
        }
        Matcher group = NAMED_GROUP.matcher(regex);
        String number = group.find() ? group.group(1) : null;
        if (number != null && group.find()) {
            throw new IllegalArgumentException("'" + regex + "' names two groups, " + number + " and "
                + group.group(1) + ": one at most, after the for_each number");
        }
        return new LoosePattern(compiled, number);
    }

    public boolean findsIn(String line) {
        return regex.matcher(line).find();
    }

    /** The group's name, where there is one. */
    public Optional<String> reads() {
        return Optional.ofNullable(number);
    }

    /** The whole number its group holds in {@code line}, where it finds it there and the group holds one. */
    public OptionalLong valueIn(String line) {
        if (number == null) {
            return OptionalLong.empty();
        }
        Matcher m = regex.matcher(line);
        if (!m.find() || m.group(number) == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(m.group(number).strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
