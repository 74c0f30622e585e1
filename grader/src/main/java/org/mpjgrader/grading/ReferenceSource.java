package org.mpjgrader.grading;

import java.util.List;
import java.util.Optional;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.spec.ExerciseSpec;

/** Where the expected output of a run comes from: the reference solutions, or values recorded from them. */
public interface ReferenceSource extends AutoCloseable {

    /**
     * What the reference solution prints for this input at this rank count.
     *
     * @throws ReferenceUnavailableException when it cannot be had: the run is then {@code NOT_GRADED}
     */
    ReferenceOutput reference(ExerciseSpec exercise, int np, List<String> arguments);

    /** Whether hidden inputs can be graded: only a live reference can compute their expected output. */
    boolean computesNewInputs();

    /** Runs the reference solutions afresh, where this source can (not from recorded output): empty by default. */
    default Optional<ReferenceRunner> runner() {
        return Optional.empty();
    }

    /** The source where there is none: every run that needs a reference is {@code NOT_GRADED}. */
    static ReferenceSource unavailable(String why) {
        return new ReferenceSource() {
            @Override
            public ReferenceOutput reference(ExerciseSpec exercise, int np, List<String> arguments) {
                throw new ReferenceUnavailableException(why);
            }

            @Override
            public boolean computesNewInputs() {
                return false;
            }
        };
    }

    /** Ends what this source keeps running (warm JVMs of the reference solutions); nothing by default. */
    @Override
    default void close() {
    }
}
