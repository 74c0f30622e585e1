package org.mpjgrader.check;

import java.util.List;

/**
 * What an exercise is graded by: the output of its program, run at each rank count ({@link OutputCheck}), or a
 * batch script, run once as a scheduler would ({@link SlurmScriptCheck}). The grader picks its way by the kind.
 */
public interface ExerciseCheck {

    /**
     * Whether its verdict on a run at {@code np} ranks with these arguments reads wall-clock time: then that run
     * must not share the machine.
     */
    default boolean timed(int np, List<String> arguments) {
        return false;
    }

    /** Whether the check compares with the reference solution's output (most do; hello does not). */
    default boolean needsReference() {
        return true;
    }
}
