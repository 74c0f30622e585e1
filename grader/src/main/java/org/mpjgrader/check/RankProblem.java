package org.mpjgrader.check;

import java.util.List;

/**
 * What is wrong with one rank's lines. Several ranks are usually wrong in the same way, so a message shows the
 * first problem in full (expected, but was, first difference) and the others in a line each.
 *
 * @param hint   what to look at in the code, said once for all ranks (may be empty)
 * @param actual what the rank printed instead, or null for nothing
 */
public record RankProblem(int rank, String what, String hint, String expected, String actual) {
    private static final int MORE_SHOWN = 3;

    public static String message(RunContext run, List<RankProblem> problems) {
        RankProblem first = problems.get(0);
        return message(run, "rank " + first.rank + " " + first.what, problems);
    }

    /**
     * The same message, whose first line says {@code what} of the run rather than the first problem of its rank:
     * where one rank alone prints the line, "rank 0" may go without saying ({@code the total is wrong}).
     */
    public static String message(RunContext run, String what, List<RankProblem> problems) {
        RankProblem first = problems.get(0);
        FailureMessage message = FailureMessage.of(run, what)
            .expectedButWas(first.expected, first.actual);
        problems.stream().skip(1).limit(MORE_SHOWN)
            .forEach(p -> message.detail("also rank " + p.rank + ": " + p.what
                + (p.actual == null ? "" : " (\"" + p.actual + "\")")));
        int hidden = problems.size() - 1 - MORE_SHOWN;
        if (hidden > 0) {
            message.detail("and " + hidden + " more " + (hidden == 1 ? "rank" : "ranks"));
        }
        problems.stream().map(RankProblem::hint).filter(h -> !h.isEmpty()).distinct()
            .forEach(h -> message.detail("hint: " + h));
        return message.text();
    }
}
