package org.mpjgrader.result;

/** How one run (or a whole exercise) was judged. Names are part of the JSON output: keep them. */
public enum Verdict {
    PASS,
    FAIL,
    COMPILE_ERROR,
    CRASH,
    DEADLOCK,
    TIMEOUT,
    NOT_IMPLEMENTED,
    RESOURCE_LIMIT,
    /** The grader or the machine failed (MPJ Express missing, disk full): no fault of the submission, no score. */
    NOT_GRADED,
    /**
     * The machine could not show it: a wall-clock speedup where the machine has fewer cores than ranks, where
     * other work ran beside the runs, or where the reference solution itself did not speed up. It is not a
     * failure: it carries no points and never makes an exercise fail.
     */
    INCONCLUSIVE;

    public boolean passed() {
        return this == PASS;
    }

    /** Whether this verdict counts against the submission: anything but {@code PASS} and {@code INCONCLUSIVE}. */
    public boolean failed() {
        return this != PASS && this != INCONCLUSIVE;
    }
}
