package org.mpjgrader.check.lines;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a {@code lines} check says of one line, in the package's words where it gives them: a course's line is a
 * "greeting" or a "total" to its students, not a "line". The defaults are the words every line had before a
 * package could set them, so a package that sets none reads as it did.
 *
 * @param name       the check's name in results
 * @param describe   what the line must be, told to a student whose run printed none of the lines
 * @param noun       the line's word: {@code printed no line}, {@code printed a line that is not in the expected form}
 * @param nounPlural the word for several lines: {@code lines for processes 1, 2}
 * @param nearMiss   text, in lower case, that a line meant as this one holds in any case; a run with none (and no
 *                   line a {@code loose} pattern finds) is no attempt
 * @param loose      regular expressions that mark a line meant as this one as well
 * @param otherRanks what a rank but 0 that prints a line of rank 0's is told
 * @param otherForm  what a rank is told whose line meant as this one is not of the pattern's shape, after
 *                   {@code rank R}: {@code printed a line that is not in the expected form} by default
 */
public record LineWords(String name, String describe, String noun, String nounPlural, String nearMiss,
                        List<LoosePattern> loose, Repeated repeated, OtherRanks otherRanks, String otherForm) {
    static final String NOUN = "line";

    public LineWords {
        nearMiss = nearMiss.toLowerCase(Locale.ROOT);
        loose = List.copyOf(loose);
    }

    /** The words with the default {@code other_form}. */
    public LineWords(String name, String describe, String noun, String nounPlural, String nearMiss,
                     List<LoosePattern> loose, Repeated repeated, OtherRanks otherRanks) {
        this(name, describe, noun, nounPlural, nearMiss, loose, repeated, otherRanks, otherForm(noun));
    }

    /** {@code printed a greeting that is not in the expected form}: a line in another form, by default. */
    public static String otherForm(String noun) {
        return "printed " + withArticle(noun) + " that is not in the expected form";
    }

    /** {@code every rank prints "Rank {rank} received ..."}: a line's name and description by default. */
    public static String describe(LinePattern pattern, boolean everyRank) {
        return (everyRank ? "every rank prints \"" : "rank 0 prints \"") + pattern.text() + "\"";
    }

    /** The words of a line whose package sets none. */
    public static LineWords defaults(LinePattern pattern, boolean everyRank) {
        String describe = describe(pattern, everyRank);
        return new LineWords(describe, describe, NOUN, plural(NOUN), pattern.longestText(), List.of(),
            Repeated.defaults(NOUN), OtherRanks.defaults(pattern));
    }

    /** {@code lines}: an English plural, which a package whose noun has another sets itself. */
    public static String plural(String noun) {
        return noun + "s";
    }

    /** {@code a line}, {@code an answer}: the noun with its article, {@code an} before a vowel. */
    public String aNoun() {
        return withArticle(noun);
    }

    public static String withArticle(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    /** Whether {@code line} looks meant as this one (though it may not be of the pattern's shape). */
    public boolean mentionedIn(String line) {
        return line.toLowerCase(Locale.ROOT).contains(nearMiss) || loose.stream().anyMatch(l -> l.findsIn(line));
    }

    /**
     * What a rank that printed the line more than once is told.
     *
     * @param message with the blank {@code {count}}, how many times (and, for a {@code for_each} line, the
     *                number's, whose value it is)
     * @param shows   which of the rank's lines the message shows as what came
     */
    public record Repeated(MessageTemplate message, String hint, Shown shows) {
        public static final Set<String> BLANKS = Set.of("count");

        /**
         * {@code SECOND}, the one too many; {@code ALL}, the first three, each quoted; {@code FIRST}, the one a
         * reader takes for the rank's answer.
         */
        public enum Shown { FIRST, SECOND, ALL }

        /** @param showsAll whether the message shows the first three lines rather than the second */
        public Repeated(MessageTemplate message, String hint, boolean showsAll) {
            this(message, hint, showsAll ? Shown.ALL : Shown.SECOND);
        }

        public static MessageTemplate message(String noun) {
            return new MessageTemplate("printed the " + noun + " {count} times");
        }

        public static Repeated defaults(String noun) {
            return new Repeated(message(noun), "each rank prints it once", Shown.SECOND);
        }

        /** What came, of a rank's two or more lines: one of them, or the first three joined to be quoted as one. */
        public String shown(List<String> lines) {
            return switch (shows) {
                case FIRST -> lines.get(0);
                case SECOND -> lines.get(1);
                case ALL -> String.join("\" \"", lines.subList(0, Math.min(3, lines.size())));
            };
        }
    }

    /**
     * What a rank but 0 that printed a line only rank 0 prints is told.
     *
     * @param message what it did, after {@code rank R}
     * @param ignored true where other ranks' such lines are not read at all: where any rank may print the line (as
     *                every rank of an Allreduce holds the result) and only rank 0's is graded
     */
    public record OtherRanks(String message, String hint, boolean ignored) {
        public OtherRanks(String message, String hint) {
            this(message, hint, false);
        }

        public static OtherRanks defaults(LinePattern pattern) {
            return new OtherRanks("printed a line that only rank 0 prints", "only rank 0 prints \"" + pattern.text()
                + "\"");
        }
    }
}
