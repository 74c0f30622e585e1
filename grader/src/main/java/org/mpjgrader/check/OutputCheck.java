package org.mpjgrader.check;

import java.util.List;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/** An exercise's checks of the output of a run that ended normally. */
public interface OutputCheck extends ExerciseCheck {

    /**
     * The checks of this run, sharing {@code points} between them.
     *
     * @param reference what the reference solution printed for the same input at the same rank count
     *                  ({@link ReferenceOutput#none()} when {@link #needsReference()} is false)
     */
    List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points);

    /**
     * Whether the output shows an attempt at the exercise (any line the checks read, even a wrong one).
     * A run that ended normally with none is {@code NOT_IMPLEMENTED}, not {@code FAIL}.
     */
    boolean attempted(RunResult result);

    /** The graded lines in a few words, for a student who printed none: {@code every rank R prints "..."}. */
    String describeExpected();
}
