package org.mpjgrader.runner;

/**
 * The work one thread of a rank has done: bytecode instructions of the program's own code, and the sleeps it made
 * at {@link WorkClock#WORK_PER_MILLISECOND}. Only its own thread writes {@link #work} (the woven code adds each basic
 * block's length to it), so the count needs no synchronisation and is the same on every machine.
 */
public final class WorkCounter {
    /** Public for the woven code, which adds to it directly: a field access costs less than a call per block. */
    public long work;
    final Thread thread;

    WorkCounter(Thread thread) {
        this.thread = thread;
    }
}
