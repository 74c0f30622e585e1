package org.mpjgrader.batch;

import org.mpjgrader.result.GradingResult;

/** Told of a batch as it goes, from the workers' threads: implementations are thread-safe. */
public interface BatchProgress extends AutoCloseable {
    BatchProgress NONE = new BatchProgress() { };

    /** The batch starts: {@code toGrade} students to grade, {@code alreadyDone} kept from an earlier run. */
    default void batchStarted(int toGrade, int alreadyDone) {
    }

    default void studentStarted(String student) {
    }

    default void studentFinished(String student, GradingResult result) {
    }

    @Override
    default void close() {
    }
}
