package org.mpjgrader.check;

/**
 * What an exercise is graded by: the output of its program, run at each rank count ({@link OutputCheck}), or a
 * batch script, run once as a scheduler would ({@link SlurmScriptCheck}). The grader picks its way by the kind.
 */
public interface ExerciseCheck {

    /** Whether the check compares with the reference solution's output (most do; hello does not). */
    default boolean needsReference() {
        return true;
    }
}
