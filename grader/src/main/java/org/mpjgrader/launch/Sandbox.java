package org.mpjgrader.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What of the machine a student's program sees. The strongest kind this machine allows is chosen once:
 * <ul>
 *   <li>{@code bubblewrap}: a mount namespace holding only the system's programs and libraries ({@code /usr}),
 *   the JDK's configuration, the run's own classes and MPJ Express read-only, and the run's working folder,
 *   the one place it may write; the course (reference solutions, hidden inputs), other submissions, the grader's
 *   results, {@code /home}, {@code /root}, {@code /tmp} and the rest of {@code /etc} are not there. It also
 *   gets no network, its own process ids (every process of the run dies with it) and runs as user
 *   {@code nobody};</li>
 *   <li>{@code unshare --net}, where bubblewrap is missing or not allowed: no network, but the files of the
 *   grader's user are readable;</li>
 *   <li>nothing, where neither works (a container that forbids namespaces).</li>
 * </ul>
 * Each run's result records which one it was ({@link #description()}), so that a weaker grading is seen.
 */
public final class Sandbox {
    /** Files a run writes are cut off at this size (RLIMIT_FSIZE): it cannot fill the disk with one file. */
    public static final long FILE_BYTES = 64L << 20;
    private static final Path BWRAP = Path.of("/usr/bin/bwrap");
    private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");
    private static final int NOBODY = 65534;

    enum Kind { BUBBLEWRAP, NETWORK_NAMESPACE, NONE }

    private final Kind kind;
    private final String weakness;

    private Sandbox(Kind kind, String weakness) {
        this.kind = kind;
        this.weakness = weakness;
    }

    /** The strongest sandbox that works here, found by trying each on {@code /bin/true}. */
    public static Sandbox detect() {
        if (!Files.isExecutable(BWRAP)) {
            return weaker("bubblewrap (/usr/bin/bwrap) is not installed");
        }
        Sandbox bubblewrap = new Sandbox(Kind.BUBBLEWRAP, "");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        if (works(bubblewrap.wrap(tmp, List.of(), List.of("/bin/true")))) {
            return bubblewrap;
        }
        return weaker("bubblewrap cannot create namespaces here");
    }

    private static Sandbox weaker(String why) {
        if (works(List.of("unshare", "--net", "--", "/bin/true"))) {
            return new Sandbox(Kind.NETWORK_NAMESPACE, why);
        }
        return new Sandbox(Kind.NONE, why + "; unshare --net is not allowed either");
    }

    /** No isolation at all, for tests of what the sandbox adds. */
    static Sandbox none(String why) {
        return new Sandbox(Kind.NONE, why);
    }

    public boolean isolatesFiles() {
        return kind == Kind.BUBBLEWRAP;
    }

    public boolean isolatesNetwork() {
        return kind != Kind.NONE;
    }

    /** What a run is cut off from, and how; and what not, and why. */
    public String description() {
        return switch (kind) {
            case BUBBLEWRAP -> "files, network and processes isolated (bubblewrap)";
            case NETWORK_NAMESPACE -> "network isolated (unshare); files NOT isolated: " + weakness;
            case NONE -> "NOT isolated: " + weakness;
        };
    }

    /**
     * {@code command} wrapped so that it sees only what a run needs.
     *
     * @param workDir  the run's working folder: the only place it may write, and where it starts
     * @param readOnly what it must read besides the system: its classes, MPJ Express, the runner, the JDK
     */
    List<String> wrap(Path workDir, List<Path> readOnly, List<String> command) {
        List<String> wrapped = new ArrayList<>();
        if (Files.isExecutable(PRLIMIT)) {
            wrapped.addAll(List.of(PRLIMIT.toString(), "--fsize=" + FILE_BYTES, "--"));
        }
        switch (kind) {
            case BUBBLEWRAP -> wrapped.addAll(bubblewrap(workDir, readOnly));
            case NETWORK_NAMESPACE -> wrapped.addAll(List.of("unshare", "--net", "--"));
            case NONE -> { }
        }
        wrapped.addAll(command);
        return wrapped;
    }

    private static List<String> bubblewrap(Path workDir, List<Path> readOnly) {
        List<String> args = new ArrayList<>(List.of(BWRAP.toString(), "--die-with-parent", "--unshare-all",
            "--unshare-user", "--uid", Integer.toString(NOBODY), "--gid", Integer.toString(NOBODY),
            // MPJ Express looks its host up (InetAddress.getLocalHost): a name /etc/hosts has.
            "--hostname", "localhost",
            "--ro-bind", "/usr", "/usr"));
        for (String top : List.of("bin", "sbin", "lib", "lib32", "lib64", "libx32")) {
            systemFolder(Path.of("/", top), args);
        }
        for (Path etc : javaConfiguration()) {
            args.addAll(List.of("--ro-bind", etc.toString(), etc.toString()));
        }
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        withLinkTargets(readOnly).stream().map(Path::toAbsolutePath).map(Path::normalize).distinct()
            .filter(p -> !p.startsWith("/usr") && Files.exists(p))
            .sorted(Comparator.comparingInt(Path::getNameCount))
            .forEach(p -> args.addAll(List.of("--ro-bind", p.toString(), p.toString())));
        String work = workDir.toAbsolutePath().toString();
        args.addAll(List.of("--bind", work, work, "--chdir", work, "--remount-ro", "/", "--"));
        return args;
    }

    /**
     * The paths and where the links among them and their entries lead: Debian's MPJ Express home holds
     * {@code conf -> /etc/mpj}, which must be there too.
     */
    private static List<Path> withLinkTargets(List<Path> paths) {
        List<Path> all = new ArrayList<>();
        for (Path path : paths) {
            all.add(path);
            realPath(path).ifPresent(all::add);
            if (Files.isDirectory(path)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, Files::isSymbolicLink)) {
                    entries.forEach(link -> realPath(link).ifPresent(all::add));
                } catch (IOException e) {
                    // Unreadable: its links are not followed.
                }
            }
        }
        return all;
    }

    private static java.util.Optional<Path> realPath(Path path) {
        try {
            return java.util.Optional.of(path.toRealPath());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@code /bin} and the like: links into {@code /usr} on merged systems, folders of their own elsewhere. */
    private static void systemFolder(Path top, List<String> args) {
        try {
            if (Files.isSymbolicLink(top)) {
                args.addAll(List.of("--symlink", Files.readSymbolicLink(top).toString(), top.toString()));
            } else if (Files.isDirectory(top)) {
                args.addAll(List.of("--ro-bind", top.toString(), top.toString()));
            }
        } catch (IOException e) {
            // Unreadable: the sandbox goes without it.
        }
    }

    /** The JDK's configuration, the dynamic linker's cache and the host names: all of {@code /etc} a run reads. */
    private static List<Path> javaConfiguration() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> etc = Files.newDirectoryStream(Path.of("/etc"), "java*")) {
            etc.forEach(found::add);
        } catch (IOException e) {
            // No /etc: nothing to add.
        }
        for (String name : List.of("ld.so.cache", "localtime", "alternatives", "hosts", "nsswitch.conf", "host.conf")) {
            Path file = Path.of("/etc", name);
            if (Files.exists(file)) {
                found.add(file);
            }
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static boolean works(List<String> command) {
        try {
            Process probe = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
