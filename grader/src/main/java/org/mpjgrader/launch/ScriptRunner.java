package org.mpjgrader.launch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mpjgrader.files.FileTrees;

/**
 * Runs a batch script the way a scheduler would on one node: in a folder of its own (the folder it is
 * "submitted" from, {@code SLURM_SUBMIT_DIR}), with the job's environment, its standard output and error in the
 * files its directives name, and a wall-clock limit at which its whole process group is killed.
 *
 * <p>MPJ Express comes as the job would find it on a cluster: an {@code mpjrun.sh} first on the {@code PATH}
 * (and in {@code $MPJ_HOME/bin}), here a shim that runs the stock {@code MulticoreStarter} with the requested
 * rank count on the submission's classes, and records each call, after the shell expanded it, for the check.
 * It refuses other devices: this is one node, and {@code niodev} needs a cluster. A {@code module} command that
 * does nothing stands in for the clusters' environment modules.
 */
public final class ScriptRunner {
    /** More ranks than this is a mistake, not a job for a grading machine. */
    static final int MAX_RANKS = 64;
    private static final String LAUNCH_LOG = "launches.tsv";

    private final MpjInstallation mpj;
    private final Path java;
    private final Sandbox sandbox;
    private final Path scratch;

    /**
     * @param sandbox what of the machine the job sees (its own folder is the one place it may write)
     * @param scratch a folder for the jobs' folders (each job gets one of its own, deleted after it)
     */
    public ScriptRunner(MpjInstallation mpj, Sandbox sandbox, Path scratch) {
        this(mpj, Launcher.currentJava(), sandbox, scratch);
    }

    ScriptRunner(MpjInstallation mpj, Path java, Sandbox sandbox, Path scratch) {
        this.mpj = mpj;
        this.java = java;
        this.sandbox = sandbox;
        this.scratch = scratch;
    }

    public ScriptResult run(ScriptRequest request) {
        Path job = FileTrees.createTempDirectory(scratch, "job-");
        try {
            return runIn(request, job);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the batch job's folder " + job, e);
        } finally {
            FileTrees.deleteTree(job);
        }
    }

    /**
     * A job's folder as the grader prepares it: the folder it is submitted from (the script copied in), the
     * {@code mpjrun.sh} shim and {@code module} command in {@code bin}, and the log the shim writes each call to.
     */
    record JobFolder(Path job, Path submitDir, Path home, Path bin, Path script, Path launches) {
    }

    /** Lays out the job's folder in {@code job}; the same for the simulation and for a real SLURM. */
    JobFolder prepare(ScriptRequest request, Path job) throws IOException {
        Path submitDir = Files.createDirectories(job.resolve("submit"));
        Path home = job.resolve("mpj");
        Path bin = Files.createDirectories(home.resolve("bin"));
        linkLib(home);
        Path launches = job.resolve(LAUNCH_LOG);
        writeExecutable(bin.resolve("mpjrun.sh"), shim(request, launches));
        writeExecutable(bin.resolve("module"), "#!/bin/sh\n# Nothing to load: Java and MPJ Express are there.\n");
        Path script = submitDir.resolve(request.script().getFileName().toString());
        Files.copy(request.script(), script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new JobFolder(job, submitDir, home, bin, script, launches);
    }

    /**
     * The command that runs the job's script in the sandbox. As slurmstepd does: the kernel reads the script's
     * #! line (an sh in between reports a bad one). By a relative name, so that the shell's messages do not show
     * the grader's folders.
     */
    List<String> sandboxed(ScriptRequest request, JobFolder folder) {
        return sandbox.wrap(folder.job(), visibleToJob(request), List.of("/bin/sh", "-c", "cd \"$1\" && exec \"$0\"",
            "./" + folder.script().getFileName(), folder.submitDir().toString()));
    }

    /** What the job finds in its environment besides the scheduler's variables; nothing of the grader's own. */
    static Map<String, String> baseEnvironment(JobFolder folder) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SLURM_SUBMIT_DIR", folder.submitDir().toString());
        environment.put("MPJ_HOME", folder.home().toString());
        environment.put("HOME", folder.submitDir().toString());
        environment.put("LANG", "C.UTF-8");
        environment.put("PATH", folder.bin() + File.pathSeparator + "/usr/local/bin:/usr/bin:/bin");
        return environment;
    }

    private ScriptResult runIn(ScriptRequest request, Path job) throws IOException {
        JobFolder folder = prepare(request, job);
        Path submitDir = folder.submitDir();
        Path output = inside(submitDir, request.outputFile());
        Path error = inside(submitDir, request.errorFile());

        List<String> command = new ArrayList<>(ProcessGroup.sessionPrefix());
        command.addAll(sandboxed(request, folder));
        ProcessBuilder builder = new ProcessBuilder(command).directory(submitDir.toFile())
            .redirectErrorStream(request.oneFile());
        // The job's environment only: the grader's own (tokens of a CI job among it) is not the job's business.
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(request.environment());
        environment.putAll(baseEnvironment(folder));
        Path launches = folder.launches();

        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the batch script: " + String.join(" ", command), e);
        }
        process.getOutputStream().close(); // a batch job reads nothing
        long limit = request.limits().outputBytes();
        AtomicBoolean dropped = new AtomicBoolean();
        Thread outCopier = copy(process.getInputStream(), output, limit, dropped);
        Thread errCopier = request.oneFile() ? null : copy(process.getErrorStream(), error, limit, dropped);
        boolean timedOut = !ProcessGroup.waitFor(process, request.limits().wallTime());
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        ProcessGroup.kill(process);
        ProcessGroup.join(outCopier);
        if (errCopier != null) {
            ProcessGroup.join(errCopier);
        }
        return new ScriptResult(request, process.exitValue(), timedOut, wall, read(output, limit, dropped),
            read(error, limit, dropped), dropped.get(), launches(launches));
    }

    /** What the job reads besides the system: the JDK, MPJ Express and the submission's classes. */
    private List<Path> visibleToJob(ScriptRequest request) {
        List<Path> paths = new ArrayList<>(List.of(Launcher.javaHome(java), mpj.home()));
        paths.addAll(mpj.childClassPath());
        paths.add(request.classes());
        return paths;
    }

    /** The shim's text: every value it needs written in, quoted for the shell. */
    private String shim(ScriptRequest request, Path launches) {
        List<Path> classPath = new ArrayList<>(mpj.childClassPath());
        classPath.add(mpj.home().resolve("lib").resolve("starter.jar"));
        String cp = String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList());
        return """
            #!/bin/bash
            # mpjrun.sh as the grader gives it to a batch job: MPJ Express in multicore mode on this node, running the
            # submission's compiled classes, whatever -cp or -wdir say.
            usage="usage: mpjrun.sh -np N -dev multicore [-cp CLASSPATH] CLASS [ARGS...]"
            np=""; np_given=""; dev="multicore"
            while [ $# -gt 0 ]; do
              case "$1" in
                -np|-dev|-cp|-classpath|-wdir|-machinesfile|-mpjport|-dport)
                  if [ $# -lt 2 ]; then echo "mpjrun.sh: $1 needs a value ($usage)" >&2; exit 1; fi
                  case "$1" in -np) np="$2"; np_given=1 ;; -dev) dev="$2" ;; esac
                  shift 2 ;;
                -jar) echo "mpjrun.sh: -jar is not supported by the grader: name the main class ($usage)" >&2; exit 1 ;;
                -*) shift ;;
                *) break ;;
              esac
            done
            if [ $# -eq 0 ]; then echo "mpjrun.sh: no class to run ($usage)" >&2; exit 1; fi
            main="$1"; shift
            # Without -np, MPJ Express starts one rank per core of the node, whatever the job reserved.
            if [ -z "$np_given" ]; then np=$(nproc); fi
            case "$np" in
              ''|*[!0-9]*) echo "mpjrun.sh: -np needs a number of processes, but got '$np': is the variable after -np empty?" >&2; exit 1 ;;
            esac
            if [ "$np" -lt 1 ] || [ "$np" -gt %1$d ]; then
              echo "mpjrun.sh: -np $np: the grader runs 1 to %1$d processes" >&2; exit 1
            fi
            if [ "$dev" != multicore ]; then
              echo "mpjrun.sh: -dev $dev does not run here: a job on one node uses -dev multicore (niodev needs a cluster's machines file)" >&2; exit 1
            fi
            { printf '%%s\\t' "$np" "$dev" "$main" "$@"; printf '\\n'; } >> %2$s
            echo "MPJ Express (0.44) is started in the multicore configuration"
            export MPJ_HOME=%3$s
            exec %4$s -Xmx%5$dm -XX:+UseSerialGC -XX:-UsePerfData -cp %6$s runtime.starter.MulticoreStarter %7$s "$np" smpdev useLocalLoader EMPTY "$main" "$@"
            """.formatted(MAX_RANKS, quote(launches.toString()), quote(mpj.home().toString()), quote(java.toString()),
            request.limits().heapMegabytes(), quote(cp), quote(request.classes().toAbsolutePath().toString()));
    }

    /** {@code $MPJ_HOME/lib} as the job sees it: MPJ Express's own, for scripts that name its jars. */
    private void linkLib(Path home) {
        try {
            Files.createSymbolicLink(home.resolve("lib"), mpj.home().resolve("lib").toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            // Only a script that reads $MPJ_HOME/lib itself misses it; mpjrun.sh does not need it.
        }
    }

    /**
     * The file a directive names, in the job's folder. A name outside it (absolute, or with {@code ..}) keeps its
     * file name only; missing folders are created (on a cluster the student creates them before submitting).
     */
    static Path inside(Path folder, String name) throws IOException {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || file.equals(folder)) {
            Path last = Path.of(name).getFileName();
            file = folder.resolve(last == null ? "job.out" : last.toString());
        }
        Files.createDirectories(file.getParent());
        return file;
    }

    /** Copies a stream of the job into its file, up to {@code limit} bytes; the rest is read and dropped. */
    private static Thread copy(InputStream in, Path file, long limit, AtomicBoolean dropped) {
        return ProcessGroup.daemon("job-output-" + file.getFileName(), () -> {
            byte[] buffer = new byte[8192];
            long written = 0;
            try (in; OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    int kept = (int) Math.max(0, Math.min(n, limit - written));
                    out.write(buffer, 0, kept);
                    written += kept;
                    if (kept < n) {
                        dropped.set(true);
                    }
                }
            } catch (IOException e) {
                // The pipe closed when the process group was killed: what was written is kept.
            }
        });
    }

    /** The file as the job left it, up to {@code limit} bytes; empty when there is none. */
    static String read(Path file, long limit, AtomicBoolean dropped) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
            if (in.read() >= 0) {
                dropped.set(true);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static List<MpjLaunch> launches(Path log) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try {
            List<MpjLaunch> launches = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                List<String> fields = Arrays.asList(line.split("\t", -1));
                if (fields.size() >= 4) { // np, device, class, then an empty field after the last tab
                    launches.add(new MpjLaunch(Integer.parseInt(fields.get(0)), fields.get(1), fields.get(2),
                        fields.subList(3, fields.size() - 1)));
                }
            }
            return launches;
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
    }

    private static void writeExecutable(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }

    /** {@code text} as one word for the shell, whatever it holds. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
