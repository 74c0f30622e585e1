package org.mpjgrader.batch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.result.RunGrade;

/**
 * What a failure is, whoever made it: the exercise, the verdict and the message's first line with what varies
 * from student to student (rank numbers, counts, values, quoted text, file lines) taken out, so that the same
 * mistake of many students counts as one cause. The words stay whole: a number that is part of a name ({@code p2p},
 * {@code n1}), an ordinal ({@code 8th}), a range of the contract ({@code R = 1 .. N-1}) or a tolerance of the
 * grader's ({@code relative 1e-9}) is the same for everyone.
 */
public record FailureSignature(String exercise, String verdict, String shape) {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    private static final Pattern TOLERANCE = Pattern.compile("(?:relative|absolute) $");

    public static FailureSignature of(RunGrade run) {
        String first = run.message().lines().findFirst().orElse("");
        // "hello at 3 ranks: ", "rootsum at 2 ranks, arguments 1000: " or "p2p: " names the run, not the cause.
        String cause = first.replaceFirst("^\\S+ at \\d+ ranks?(, arguments [^:]*|, on a hidden input)?: ", "")
            .replaceFirst("^" + Pattern.quote(run.exerciseId()) + ": ", "");
        String shape = numbersOut(cause.replaceAll("\"[^\"]*\"", "\"…\"")
            .replaceAll("\\.java:\\d+", ".java:N"));
        return new FailureSignature(run.exerciseId(), run.verdict().name(), shape);
    }

    /** Every number that stands alone becomes N; those that belong to a word or the contract's text stay. */
    static String numbersOut(String text) {
        Matcher number = NUMBER.matcher(text);
        StringBuilder shape = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(shape, Matcher.quoteReplacement(
                standsAlone(text, number.start(), number.end()) ? "N" : number.group()));
        }
        return number.appendTail(shape).toString();
    }

    private static boolean standsAlone(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        // p2p, n1-1, N-1, R+2N, 8th: part of a name, an expression or an ordinal.
        boolean inWord = isWordPart(before) || isWordPart(after) || before == '+' || before == '-' && start > 1
            && isWordPart(text.charAt(start - 2));
        boolean range = text.startsWith(" ..", end) || text.startsWith(".. ", Math.max(0, start - 3));
        boolean tolerance = TOLERANCE.matcher(text.substring(Math.max(0, start - 9), start)).find();
        return !inWord && !range && !tolerance;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
