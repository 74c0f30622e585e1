package org.mpjgrader.check.lines;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message a package writes in its own words, with blanks in braces the check fills in
 * ({@code reports {actual} processes, but the run has {expected}}). A blank the check has no value for is refused
 * when the course is read, not when a student's run would have shown it.
 */
public record MessageTemplate(String text) {
    private static final Pattern BLANK = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** @throws IllegalArgumentException where {@code text} has a blank not among {@code blanks} */
    public static MessageTemplate of(String text, Set<String> blanks) {
        Matcher blank = BLANK.matcher(text);
        while (blank.find()) {
            if (!blanks.contains(blank.group(1))) {
                throw new IllegalArgumentException("'" + text + "' has a blank {" + blank.group(1) + "}: the blanks "
                    + "are " + String.join(", ", new TreeSet<>(blanks).stream().map(b -> "{" + b + "}").toList()));
            }
        }
        return new MessageTemplate(text);
    }

    /** The message with its blanks filled in from {@code values}. */
    public String fill(Map<String, String> values) {
        return BLANK.matcher(text).replaceAll(b -> Matcher.quoteReplacement(values.get(b.group(1))));
    }
}
