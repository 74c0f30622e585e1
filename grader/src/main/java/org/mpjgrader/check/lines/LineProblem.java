package org.mpjgrader.check.lines;

import java.util.List;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.RunContext;

/**
 * One thing wrong with the lines of a {@code for_each} line. Unlike a line printed once per rank
 * ({@link org.mpjgrader.check.RankProblem}), one rank has many such problems (a wrong value, a missing line, an
 * order), so the message names each problem, not each rank: the first in full, the next three a line each, then how
 * many more, then the hints.
 *
 * @param what     what the rank did, after {@code rank R}
 * @param expected the expected line, or a description ({@code lines for processes 1, 2 in that order})
 * @param actual   the line that came, or a description, or null for nothing
 * @param quoted   whether expected and actual are lines (quoted, with their first difference) rather than
 *                 descriptions
 * @param hint     what to look at in the code (may be empty)
 */
record LineProblem(int rank, String what, String expected, String actual, boolean quoted, String hint) {
    private static final int MORE_SHOWN = 3;

    static String message(RunContext run, List<LineProblem> problems) {
        LineProblem first = problems.get(0);
        FailureMessage message = FailureMessage.of(run, first.said());
        if (first.quoted) {
            message.expectedButWas(first.expected, first.actual);
        } else {
            message.expectedValue(first.expected, first.actual);
        }
        problems.stream().skip(1).limit(MORE_SHOWN).forEach(p -> message.detail("also " + p.said()
            + (p.actual == null ? "" : p.quoted ? " (\"" + p.actual + "\")" : " (" + p.actual + ")")));
        int hidden = problems.size() - 1 - MORE_SHOWN;
        if (hidden > 0) {
            message.detail("and " + hidden + " more " + (hidden == 1 ? "problem" : "problems"));
        }
        problems.stream().map(LineProblem::hint).filter(h -> !h.isEmpty()).distinct()
            .forEach(h -> message.detail("hint: " + h));
        return message.text();
    }

    /** {@code rank 0 printed no line for process 2}. */
    private String said() {
        return "rank " + rank + " " + what;
    }
}
