package org.mpjgrader.launch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.runner.ChannelText;
import org.mpjgrader.runner.RankRunner;

/**
 * Runs MPJ Express programs in multicore mode in child JVMs under the grader's control: one JVM per run, or a
 * {@link RunPool} of warm JVMs that take several runs of one submission each.
 *
 * <p>The child is started in a session of its own ({@code setsid}), so that it and every process it starts
 * can be killed as one process group when the run ends. The runner ends the ranks itself at the time limit
 * and reports where each one was; the grader kills the child only when that report does not come in time.
 */
public final class Launcher {
    /** Time the runner gets beyond the limit to take the ranks' stacks and say goodbye. */
    static final Duration GRACE = Duration.ofSeconds(5);
    /**
     * How much longer than its limit a run may take on a loaded machine: the runner's limit clock counts slower
     * while the load exceeds the cores, at most this much (the runner's {@code LimitClock.MAX_STRETCH}).
     */
    static final int LIMIT_STRETCH = 4;

    private final MpjInstallation mpj;
    private final List<Path> runnerClassPath;
    private final Path java;
    private final Path scratch;
    private final SecureRandom random = new SecureRandom();
    private final Sandbox sandbox;
    private final String runClassPath;
    private final String rankClassPath;

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
        this.runClassPath = classPath(mpj.childClassPath());
        this.rankClassPath = classPath(mpj.rankClassPath());
        // The runner and ASM, with which it weaves MPJ's communicators to record the MPI calls.
        this.runnerClassPath = List.of(codeSource(RankRunner.class),
            staged(codeSource(org.objectweb.asm.ClassReader.class), mpj.cacheDir()));
    }

    /**
     * A copy of a library jar in the cache folder beside MPJ's shared classes: the sandbox shows a run every path
     * on its class path, and the jar's own place (Maven's repository in a home folder) would show that folder.
     */
    private static Path staged(Path jar, Path cache) {
        if (!Files.isRegularFile(jar)) {
            return jar;
        }
        try {
            Path copy = cache.resolve("runner-lib").resolve(jar.getFileName());
            Files.createDirectories(copy.getParent());
            if (!Files.exists(copy)) {
                // Launchers of one scratch folder may stage it at once: each writes its own copy, then renames it.
                Path part = Files.createTempFile(copy.getParent(), "part-", ".jar");
                Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + jar + " for the runs", e);
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + type.getName(), e);
        }
    }

    /** The {@code java} that runs the grader, for the JVMs it starts. */
    static Path currentJava() {
        return Path.of(ProcessHandle.current().info().command().orElse("java"));
    }

    /** Runs one program in a JVM of its own, ended after the run. */
    public RunResult run(RunRequest request) {
        try (RunPool pool = pool()) {
            return pool.run(request);
        }
    }

    /**
     * A pool of warm child JVMs for the runs of one submission (or of the reference solutions): each JVM takes
     * runs of one classes folder and heap size, one after another, until a run leaves it unfit. Close it when
     * the submission is graded.
     */
    public RunPool pool() {
        return new RunPool(this);
    }

    /** Starts a child JVM for runs of {@code classes} with {@code heapMegabytes} of heap, in a working folder of its own. */
    ChildJvm startJvm(Path classes, int heapMegabytes) {
        Path workDir = createWorkDir();
        try {
            ProcessBuilder builder = new ProcessBuilder(command(classes, heapMegabytes, workDir))
                .directory(workDir.toFile());
            // The grader's environment (tokens of a CI job among it) is not the program's business.
            builder.environment().clear();
            builder.environment().putAll(Map.of("MPJ_HOME", mpj.home().toString(), "PATH", "/usr/bin:/bin",
                "LANG", "C.UTF-8", "HOME", workDir.toAbsolutePath().toString()));
            return ChildJvm.start(builder, HexFormat.of().formatHex(bytes(16)), workDir);
        } catch (RuntimeException e) {
            FileTrees.deleteTree(workDir);
            throw e;
        }
    }

    /** The line that asks a runner for {@code request} (the runner's {@code RunnerArguments}). */
    String requestLine(RunRequest request) {
        List<String> fields = new ArrayList<>(List.of(Integer.toString(request.np()),
            request.classes().toAbsolutePath().toString(), runClassPath, rankClassPath, request.mainClass(),
            Long.toString(request.limits().wallTime().toMillis()), Long.toString(request.limits().outputBytes()),
            Integer.toString(request.limits().threads()), Integer.toString(request.limits().processes()),
            request.countWork() ? "COUNT" : "UNCOUNTED", request.matching(),
            request.sleepsInFull() ? "FULL" : "SHORTENED"));
        fields.addAll(request.arguments());
        return ChannelText.join(fields);
    }

    List<String> command(Path classes, int heapMegabytes, Path workDir) {
        List<String> command = new ArrayList<>(ProcessGroup.sessionPrefix());
        command.addAll(sandbox.wrap(workDir, visibleToRun(classes), javaCommand(heapMegabytes, workDir)));
        return command;
    }

    /** What a run reads besides the system: the JDK, the runner, MPJ Express and its own classes. */
    private List<Path> visibleToRun(Path classes) {
        List<Path> paths = new ArrayList<>(List.of(javaHome(java), mpj.home()));
        paths.addAll(runnerClassPath);
        paths.addAll(mpj.childClassPath());
        paths.addAll(mpj.rankClassPath());
        paths.add(classes);
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

    private List<String> javaCommand(int heapMegabytes, Path workDir) {
        return List.of(java.toString(), "-Xmx" + heapMegabytes + "m",
            // Memory beyond the heap is capped too: class metadata, direct buffers, thread stacks. MPJ Express
            // packs each message into a direct buffer of its size, and several ranks may hold one at once.
            "-XX:MaxMetaspaceSize=128m", "-XX:MaxDirectMemorySize=" + heapMegabytes + "m", "-Xss1m",
            // C1 only: each run loads its classes afresh, and C2 would spend more CPU compiling than short runs gain.
            "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
            // No bytecode verification: every rank defines MPJ's classes afresh, and verifying them was a sixth of
            // the runs' CPU. The bytecode is javac's (the program's, compiled here from source; MPJ's jars) as the
            // runner weaves it, which WovenClassesVerifyTest verifies; a program could corrupt its JVM through
            // sun.misc.Unsafe anyway, and the sandbox, not the verifier, keeps it from the machine.
            "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote",
            "-Djava.awt.headless=true",
            // The runner's watch of what a program tries is a security manager (JDK 18 to 23 ask for this to allow it).
            "-Djava.security.manager=allow",
            // Temporary files go to the JVM's folder, the one place it may write, emptied before every run.
            "-Djava.io.tmpdir=" + workDir.toAbsolutePath(), "-Duser.home=" + workDir.toAbsolutePath(),
            "-cp", classPath(runnerClassPath), RankRunner.class.getName());
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

    private Path createWorkDir() {
        return FileTrees.createTempDirectory(scratch, "run-");
    }

    private static String classPath(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}
