package org.mpjgrader.grading;

import java.time.Duration;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.mpjgrader.launch.RunPool;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;

/**
 * Lets runs whose check reads wall-clock time (master-slave's makespan) run alone: such a run waits for the runs
 * in progress and no other starts until it ends; all other runs go side by side. One gate is shared by every
 * grading of a session, so that a batch's workers do not disturb each other's timing.
 */
public final class RunGate {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /**
     * Runs {@code request} in {@code pool}; a timed run runs alone and in a warm JVM: one that came in a JVM that
     * had just started (and paid for loading and compiling MPJ Express in the program's time) runs once more.
     */
    public RunResult run(boolean timed, RunPool pool, RunRequest request) {
        return run(timed, pool, request, false);
    }

    /** As {@link #run(boolean, RunPool, RunRequest)}, the first run in a JVM started for it when {@code newJvm}. */
    public RunResult run(boolean timed, RunPool pool, RunRequest request, boolean newJvm) {
        return run(timed, () -> {
            RunResult result = newJvm ? pool.runInNewJvm(request) : pool.run(request);
            boolean cold = result.jvmStart().compareTo(Duration.ZERO) > 0;
            return timed && cold && result.ending() == RunResult.Ending.COMPLETED ? pool.run(request) : result;
        });
    }

    public <T> T run(boolean alone, Supplier<T> run) {
        Lock held = alone ? lock.writeLock() : lock.readLock();
        held.lock();
        try {
            return run.get();
        } finally {
            held.unlock();
        }
    }
}
