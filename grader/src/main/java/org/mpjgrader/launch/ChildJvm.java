package org.mpjgrader.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mpjgrader.files.FileTrees;

/**
 * One child JVM running the runner, kept warm for several runs of the same submission: the grader writes one
 * request per run on its standard input and reads the run's events until {@code BYE}. Each run finds the
 * working folder empty. The JVM is fit for another run only when the runner said so and the run ended with a
 * goodbye; otherwise it is retired and its whole process group killed.
 */
final class ChildJvm implements AutoCloseable {
    /** Time a JVM gets to start and say it is ready, on a loaded machine. */
    static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final int MAX_CHANNEL_LINE = 1 << 20;
    private static final int MAX_JVM_ERROR = 16 * 1024;
    private static final long MAX_COLLECTED_FILE = 16L << 20;

    private final Process process;
    private final String prefix;
    private final Path workDir;
    private final String command;
    private final long startedAt = System.nanoTime();
    private final OutputStream requests;
    private final Thread channelReader;
    private final Thread errorReader;
    private final StringBuilder jvmError = new StringBuilder();
    private final Object lock = new Object();
    private RunRecorder recorder;
    private long readyAt = -1;
    private boolean bye;
    private boolean endOfChannel;
    private boolean fit = true;
    private int runs;

    private ChildJvm(Process process, String secret, Path workDir, String command) {
        this.process = process;
        this.prefix = secret + "\t";
        this.workDir = workDir;
        this.command = command;
        this.requests = process.getOutputStream();
        this.channelReader = ProcessGroup.daemon("channel-reader", () -> readChannel(process.getInputStream()));
        this.errorReader = ProcessGroup.daemon("jvm-error-reader", () -> readJvmError(process.getErrorStream()));
    }

    /** Starts the JVM and hands it the secret; does not wait for it to be ready (the first run does). */
    static ChildJvm start(ProcessBuilder builder, String secret, Path workDir) {
        String command = String.join(" ", builder.command());
        Process process;
        try {
            // Not from the caller's thread: the sandbox would kill the JVM when that thread ends (see ProcessStarter).
            process = ProcessStarter.start(builder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the child JVM: " + command, e);
        }
        ChildJvm jvm = new ChildJvm(process, secret, workDir, command);
        jvm.send(secret);
        return jvm;
    }

    /** Runs one program; the result says how it ended, whatever the program did. */
    RunResult run(RunRequest request, String requestLine) {
        boolean emptied = FileTrees.emptyFolder(workDir);
        RunRecorder current = new RunRecorder(request);
        current.processStarted(process.pid());
        int errorMark;
        synchronized (jvmError) {
            errorMark = jvmError.length();
        }
        synchronized (lock) {
            recorder = current;
            bye = false;
        }
        runs++;
        long start = System.nanoTime();
        Duration jvmStart = Duration.ZERO;
        boolean answered;
        if (runs == 1) {
            answered = awaitReady(start + START_LIMIT.toNanos());
            jvmStart = Duration.ofNanos(Math.max(0, readyAtOr(start) - startedAt));
            start = readyAtOr(start);
        } else {
            answered = true;
        }
        if (answered) {
            send(requestLine);
            // The runner counts the limit slower on a loaded machine (up to LIMIT_STRETCH times): wait as long.
            answered = awaitBye(start + request.limits().wallTime().multipliedBy(Launcher.LIMIT_STRETCH)
                .plus(Launcher.GRACE).toNanos());
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start).plus(jvmStart);
        boolean goodbye;
        boolean ended;
        synchronized (lock) {
            goodbye = bye;
            ended = endOfChannel;
        }
        if (!goodbye) {
            // No goodbye: the program ended the JVM, or it hangs past the grace period; either way it goes.
            fit = false;
            if (answered) {
                ProcessGroup.waitFor(process, Duration.ofSeconds(2));
            }
            ProcessGroup.kill(process);
            ProcessGroup.join(channelReader);
            ProcessGroup.join(errorReader);
        }
        fit &= goodbye && current.reusable() && emptied;
        int exitCode = process.isAlive() ? 0 : process.exitValue();
        String error;
        synchronized (jvmError) {
            error = withoutWatchWarning(jvmError.substring(Math.min(errorMark, jvmError.length())));
        }
        synchronized (lock) {
            recorder = null;
        }
        // Killed: no goodbye and no end of the channel by the deadline; a JVM that ended by itself died.
        String asked = command + " <<< " + requestLine.replace('\t', ' ');
        return current.result(exitCode, !answered && !ended, wall, jvmStart, error, asked, collectFiles(request));
    }

    /** Whether the last run left this JVM fit to take another of the same submission. */
    boolean fitForAnother() {
        return fit && process.isAlive();
    }

    int runs() {
        return runs;
    }

    private long readyAtOr(long fallback) {
        synchronized (lock) {
            return readyAt >= 0 ? readyAt : fallback;
        }
    }

    private boolean awaitReady(long deadline) {
        synchronized (lock) {
            while (readyAt < 0 && !endOfChannel && waitUntil(deadline)) {
                // woken by the reader
            }
            return readyAt >= 0;
        }
    }

    private boolean awaitBye(long deadline) {
        synchronized (lock) {
            while (!bye && !endOfChannel && waitUntil(deadline)) {
                // woken by the reader
            }
            return bye || endOfChannel;
        }
    }

    /** Waits on the lock until notified or the deadline; false once the deadline has passed. */
    private boolean waitUntil(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, left);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void send(String line) {
        try {
            requests.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            requests.flush();
        } catch (IOException e) {
            // The JVM died; its exit code and standard error tell why.
        }
    }

    private void readChannel(InputStream in) {
        BoundedLineReader lines = new BoundedLineReader(in, MAX_CHANNEL_LINE);
        try (in) {
            for (String line; (line = lines.readLine()) != null; ) {
                accept(line);
            }
        } catch (IOException e) {
            // The pipe closed under us when the process group was killed: what was read is kept.
        } finally {
            synchronized (lock) {
                endOfChannel = true;
                lock.notifyAll();
            }
        }
    }

    private void accept(String line) {
        synchronized (lock) {
            if (!line.startsWith(prefix)) {
                if (recorder != null) {
                    recorder.stray(line);
                }
                return;
            }
            ChannelEvent event = ChannelEvent.parse(line.substring(prefix.length()));
            if (event.kind().equals("READY")) {
                readyAt = System.nanoTime();
            } else if (recorder != null) {
                recorder.event(event);
                bye |= event.kind().equals("BYE");
            }
            lock.notifyAll();
        }
    }

    private void readJvmError(InputStream in) {
        byte[] buffer = new byte[4096];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (jvmError) {
                    if (jvmError.length() < MAX_JVM_ERROR) {
                        jvmError.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            // As above.
        }
    }

    private Map<String, String> collectFiles(RunRequest request) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : request.collectFiles()) {
            Path file = workDir.resolve(name).normalize();
            try {
                if (file.startsWith(workDir) && Files.isRegularFile(file) && Files.size(file) <= MAX_COLLECTED_FILE) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // Unreadable or not text: the check reports the file as missing.
            }
        }
        return files;
    }

    /** Ends the JVM and everything it started, and deletes its working folder. */
    @Override
    public void close() {
        fit = false;
        try {
            requests.close();
        } catch (IOException e) {
            // Already gone.
        }
        ProcessGroup.kill(process);
        ProcessGroup.join(channelReader);
        ProcessGroup.join(errorReader);
        FileTrees.deleteTree(workDir);
    }

    /**
     * The JVM's error output without the JDK's warning that the runner installed a security manager (its watch of
     * what the program tries, see the runner's {@code AttemptWatch}): the JDK prints it on the real standard error.
     */
    static String withoutWatchWarning(String error) {
        if (!error.contains("WARNING: ")) {
            return error;
        }
        return error.lines().filter(line -> !(line.startsWith("WARNING: A terminally deprecated method in java.lang.System")
                || line.startsWith("WARNING: System::setSecurityManager")
                || line.startsWith("WARNING: Please consider reporting this to the maintainers of org.mpjgrader")))
            .map(line -> line + "\n").collect(java.util.stream.Collectors.joining());
    }
}
