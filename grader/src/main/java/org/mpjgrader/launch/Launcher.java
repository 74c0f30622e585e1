package org.mpjgrader.launch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.runner.RankRunner;

/**
 * Runs MPJ Express programs in multicore mode, one child JVM per run, under the grader's control.
 *
 * <p>The child is started in a session of its own ({@code setsid}), so that it and every process it starts
 * can be killed as one process group when the run ends. The runner ends the ranks itself at the time limit
 * and reports where each one was; the grader kills the child only when that report does not come in time.
 */
public final class Launcher {
    /** Time the runner gets beyond the limit to take the ranks' stacks and say goodbye. */
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final int MAX_CHANNEL_LINE = 1 << 20;
    private static final int MAX_JVM_ERROR = 16 * 1024;
    private static final long MAX_COLLECTED_FILE = 16L << 20;

    private final MpjInstallation mpj;
    private final Path runnerClassPath;
    private final Path java;
    private final Path scratch;
    private final SecureRandom random = new SecureRandom();
    private final Sandbox sandbox;

    /**
     * @param mpj     where MPJ Express is
     * @param sandbox what of the machine the runs see
     * @param scratch a folder for the runs' working folders (each run gets one of its own, deleted after it)
     */
    public Launcher(MpjInstallation mpj, Sandbox sandbox, Path scratch) {
        this(mpj, currentJava(), sandbox, scratch);
    }

    Launcher(MpjInstallation mpj, Path java, Sandbox sandbox, Path scratch) {
        this.mpj = mpj;
        this.java = java;
        this.sandbox = sandbox;
        this.scratch = scratch;
        try {
            this.runnerClassPath = Path.of(RankRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the runner's classes", e);
        }
    }

    /** The {@code java} that runs the grader, for the JVMs it starts. */
    static Path currentJava() {
        return Path.of(ProcessHandle.current().info().command().orElse("java"));
    }

    public RunResult run(RunRequest request) {
        Path workDir = createWorkDir();
        try {
            return runIn(request, workDir);
        } finally {
            FileTrees.deleteTree(workDir);
        }
    }

    List<String> command(RunRequest request, Path workDir) {
        List<String> command = new ArrayList<>(ProcessGroup.sessionPrefix());
        command.addAll(sandbox.wrap(workDir, visibleToRun(request), javaCommand(request, workDir)));
        return command;
    }

    /** What a run reads besides the system: the JDK, the runner, MPJ Express and its own classes. */
    private List<Path> visibleToRun(RunRequest request) {
        List<Path> paths = new ArrayList<>(List.of(javaHome(java), runnerClassPath, mpj.home()));
        paths.addAll(mpj.childClassPath());
        paths.addAll(mpj.rankClassPath());
        paths.add(request.classes());
        return paths;
    }

    /** The JDK's folder, links resolved: {@code bin/java}'s grandparent. */
    static Path javaHome(Path java) {
        try {
            return java.toRealPath().getParent().getParent();
        } catch (IOException | NullPointerException e) {
            return java.toAbsolutePath().getParent();
        }
    }

    private List<String> javaCommand(RunRequest request, Path workDir) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + request.limits().heapMegabytes() + "m",
            // Memory beyond the heap is capped too: class metadata, direct buffers, thread stacks.
            "-XX:MaxMetaspaceSize=128m", "-XX:MaxDirectMemorySize=64m", "-Xss1m",
            "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-Djava.awt.headless=true",
            // Temporary files go to the run's folder, the one place it may write, deleted after the run.
            "-Djava.io.tmpdir=" + workDir.toAbsolutePath(), "-Duser.home=" + workDir.toAbsolutePath(),
            "-cp", classPath(runnerClassPath, mpj.childClassPath()),
            RankRunner.class.getName(),
            Integer.toString(request.np()), request.classes().toAbsolutePath().toString(),
            classPath(null, mpj.rankClassPath()), request.mainClass(),
            Long.toString(request.limits().wallTime().toMillis()), Long.toString(request.limits().outputBytes()),
            Integer.toString(request.limits().threads()), Integer.toString(request.limits().processes())));
        command.addAll(request.arguments());
        return command;
    }

    private RunResult runIn(RunRequest request, Path workDir) {
        List<String> command = command(request, workDir);
        String secret = HexFormat.of().formatHex(bytes(16));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        // The grader's environment (tokens of a CI job among it) is not the program's business.
        builder.environment().clear();
        builder.environment().putAll(Map.of("MPJ_HOME", mpj.home().toString(), "PATH", "/usr/bin:/bin",
            "LANG", "C.UTF-8", "HOME", workDir.toAbsolutePath().toString()));
        RunRecorder recorder = new RunRecorder(request);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the child JVM: " + String.join(" ", command), e);
        }
        recorder.processStarted(process.pid());
        StringBuilder jvmError = new StringBuilder();
        Thread channelReader = readChannel(process.getInputStream(), secret, recorder);
        Thread errorReader = readJvmError(process.getErrorStream(), jvmError);
        handOverSecret(process.getOutputStream(), secret);
        boolean killed = !ProcessGroup.waitFor(process, request.limits().wallTime().plus(GRACE));
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        ProcessGroup.kill(process);
        ProcessGroup.join(channelReader);
        ProcessGroup.join(errorReader);
        int exitCode = process.exitValue();
        String error;
        synchronized (jvmError) {
            error = jvmError.toString();
        }
        return recorder.result(exitCode, killed, wall, error, String.join(" ", command),
            collectFiles(request, workDir));
    }

    /** What of the machine the runs see. */
    public Sandbox sandbox() {
        return sandbox;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static void handOverSecret(OutputStream stdin, String secret) {
        try (stdin) {
            stdin.write((secret + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The child died at once; its exit code and standard error tell why.
        }
    }

    private static Thread readChannel(InputStream in, String secret, RunRecorder recorder) {
        String prefix = secret + "\t";
        return ProcessGroup.daemon("channel-reader", () -> {
            BoundedLineReader lines = new BoundedLineReader(in, MAX_CHANNEL_LINE);
            try (in) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith(prefix)) {
                        recorder.event(ChannelEvent.parse(line.substring(prefix.length())));
                    } else {
                        recorder.stray(line);
                    }
                }
            } catch (IOException e) {
                // The pipe closed under us when the process group was killed: what was read is kept.
            }
        });
    }

    private static Thread readJvmError(InputStream in, StringBuilder into) {
        return ProcessGroup.daemon("jvm-error-reader", () -> {
            byte[] buffer = new byte[4096];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (into) {
                        if (into.length() < MAX_JVM_ERROR) {
                            into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (IOException e) {
                // As above.
            }
        });
    }

    private Path createWorkDir() {
        return FileTrees.createTempDirectory(scratch, "run-");
    }

    private static Map<String, String> collectFiles(RunRequest request, Path workDir) {
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

    private static String classPath(Path first, List<Path> rest) {
        List<String> entries = new ArrayList<>();
        if (first != null) {
            entries.add(first.toString());
        }
        rest.forEach(p -> entries.add(p.toString()));
        return String.join(File.pathSeparator, entries);
    }
}
