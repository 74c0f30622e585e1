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
    NOT_GRADED;

    public boolean passed() {
        return this == PASS;
    }
}
