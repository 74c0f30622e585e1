package org.mpjgrader.grading;

import java.nio.file.Path;
import java.util.List;
import org.mpjgrader.result.GradingEnvironment;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.spec.ExerciseSpec;

/** Grades one submission after another (or several at once, from several threads) with the same machinery. */
public interface SubmissionGrader extends AutoCloseable {
    /**
     * @param submission a folder of sources or a {@code .zip} of one
     * @param hidden     whether to add the hidden runs, where the reference can compute their expected output
     */
    GradingResult grade(Path submission, List<ExerciseSpec> exercises, long seed, boolean hidden,
                        GradingListener listener);

    /** What this grader records as its environment (version, Java, MPJ Express, cores, isolation). */
    GradingEnvironment environment();

    /** Ends what the grader keeps for later submissions (warm JVMs of the reference solutions). */
    @Override
    default void close() {
    }
}
