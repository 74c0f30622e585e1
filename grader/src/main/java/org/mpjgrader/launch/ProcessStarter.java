package org.mpjgrader.launch;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts the child JVMs from one thread that lives as long as the grader. Bubblewrap's {@code --die-with-parent}
 * (the kernel's {@code PR_SET_PDEATHSIG}) kills a child when the <em>thread</em> that started it ends, not the
 * grader's process: a warm JVM started from one grading's run thread was killed mid-run when that grading
 * ended and its run threads with it, though the reference solutions' pool had meanwhile lent the JVM to another
 * grading (a batch's reference runs {@code DIED}). This thread never ends: tasks are submitted, so a failing
 * start is the caller's exception and never replaces the thread.
 */
final class ProcessStarter {
    private static final ExecutorService STARTER = Executors.newSingleThreadExecutor(
        body -> {
            Thread thread = new Thread(body, "process-starter");
            thread.setDaemon(true);
            return thread;
        });

    private ProcessStarter() {
    }

    /** {@code builder.start()}, run on the starter thread. */
    static Process start(ProcessBuilder builder) throws IOException {
        Future<Process> started = STARTER.submit(builder::start);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return started.get();
                } catch (InterruptedException e) {
                    // The process may be starting: waiting on keeps it from being started and lost.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("cannot start " + builder.command(), e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
