package org.mpjgrader.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process started in a session of its own ({@code setsid}), so that it and everything it starts form
 * one process group, which can be waited for with a limit and killed as a whole: a program's JVM, or a batch
 * script with the JVMs it launched.
 */
final class ProcessGroup {
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ProcessGroup() {
    }

    /** What goes in front of a command to start it in a new session ({@code setsid}, where there is one). */
    static List<String> sessionPrefix() {
        return Files.isExecutable(SETSID) ? List.of(SETSID.toString()) : List.of();
    }

    /** Whether the process ended within {@code limit}. */
    static boolean waitFor(Process process, Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Kills the child's whole process group: the child if it still runs, and whatever it started. The group goes
     * first and at once, so that no member sees another die (a shell would report it); then the descendants
     * that had left the group, as they were before it went. The child is killed through its handle, not
     * {@link Process#destroyForcibly()}, which also closes its output streams: a reader that has not yet read
     * the child's last lines would lose them.
     */
    static void kill(Process process) {
        long pid = process.pid();
        List<ProcessHandle> descendants = process.descendants().toList();
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + pid).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // No kill command: the child itself is ended below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.toHandle().destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for a thread that reads the child's output to reach the end of its pipe, which comes as soon as the
     * group is gone. The wait is long because a reader starved of CPU on a loaded machine must still read every
     * last line.
     */
    static void join(Thread reader) {
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
