package org.mpjgrader.grading;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets runs whose check reads wall-clock time (master-slave's makespan) run alone: such a run waits for the runs
 * in progress and no other starts until it ends; all other runs go side by side. One gate is shared by every
 * grading of a session, so that a batch's workers do not disturb each other's timing.
 */
public final class RunGate {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

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
