package org.mpjgrader.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where MPJ Express's jars are on this machine: an upstream install named by {@code MPJ_HOME}
 * ({@code $MPJ_HOME/lib/mpj.jar} and the split jars beside it), or Debian's {@code libmpj-java}.
 *
 * <p>Debian's split jars lack classes that the multicore device shares between ranks, so those eight
 * classes are copied once out of the combined {@code mpj.jar} into a folder on the child's class path.
 *
 * @param cacheDir where those copies are kept (and the runner's own libraries, for the sandbox to show)
 */
public record MpjInstallation(Path home, Path mpjJar, List<Path> childClassPath, List<Path> rankClassPath,
                              Path cacheDir) {

    /** The release the grader is built for and tested with (the jar itself does not say its version). */
    static final String VERSION = "0.44";
    static final Path DEBIAN_HOME = Path.of("/usr/share/mpj");
    static final Path DEBIAN_JAR = Path.of("/usr/share/java/mpj.jar");
    static final Path DEBIAN_LOG4J = Path.of("/usr/share/java/log4j-1.2.jar");

    /** Classes every rank must share (loaded once, by the system class loader), taken from mpj.jar. */
    static final List<String> SHARED_CLASSES = List.of(
        "mpi/MPIException.class", "mpjdev/CompletionHandler.class", "mpjdev/Constants.class",
        "mpjdev/MPJDevException.class", "mpjdev/Request.class", "mpjdev/Request$Waitany.class",
        "mpjdev/Request$WaitanyQue.class", "mpjdev/Status.class");

    /**
     * Finds MPJ Express from the environment given; copies the shared classes under {@code cacheDir}.
     *
     * @throws MpjNotFoundException when neither layout is there, with a message saying what to install
     */
    public static MpjInstallation locate(Map<String, String> environment, Path cacheDir) {
        Path home = Optional.ofNullable(environment.get("MPJ_HOME")).map(Path::of)
            .filter(h -> Files.isRegularFile(h.resolve("lib/mpj.jar")))
            .orElse(DEBIAN_HOME);
        Path lib = home.resolve("lib");
        Path mpjJar = home.equals(DEBIAN_HOME) ? DEBIAN_JAR : lib.resolve("mpj.jar");
        List<Path> required = new ArrayList<>(List.of(mpjJar));
        for (String jar : List.of("smpdev", "xdev", "mpjbuf", "runtimecommon", "mpi", "mpjdev")) {
            required.add(lib.resolve(jar + ".jar"));
        }
        Path log4j = findLog4j(lib);
        if (log4j != null) {
            required.add(log4j);
        }
        for (Path jar : required) {
            if (!Files.isRegularFile(jar)) {
                throw new MpjNotFoundException("MPJ Express not found: " + jar + " is missing. Run ci/install-mpj"
                    + " (installs Debian's libmpj-java) or set MPJ_HOME to an MPJ Express 0.44 folder.");
            }
        }
        if (log4j == null) {
            throw new MpjNotFoundException("MPJ Express needs log4j 1.2: neither " + DEBIAN_LOG4J + " nor "
                + lib.resolve("log4j-1.2.17.jar") + " exists. Run ci/install-mpj.");
        }
        Path shared = extractSharedClasses(mpjJar, cacheDir);
        List<Path> child = List.of(shared, lib.resolve("smpdev.jar"), lib.resolve("xdev.jar"),
            lib.resolve("mpjbuf.jar"), lib.resolve("runtimecommon.jar"), log4j);
        List<Path> rank = List.of(lib.resolve("mpi.jar"), lib.resolve("mpjdev.jar"));
        return new MpjInstallation(home, mpjJar, child, rank, cacheDir);
    }

    private static Path findLog4j(Path lib) {
        try (var files = Files.list(lib)) {
            Optional<Path> beside = files.filter(p -> p.getFileName().toString().matches("log4j-1\\.2.*\\.jar"))
                .findFirst();
            if (beside.isPresent()) {
                return beside.get();
            }
        } catch (IOException e) {
            return null;
        }
        return Files.isRegularFile(DEBIAN_LOG4J) ? DEBIAN_LOG4J : null;
    }

    /** One folder per mpj.jar (by size and time), written under a temporary name and moved into place. */
    private static Path extractSharedClasses(Path mpjJar, Path cacheDir) {
        try {
            String key = Files.size(mpjJar) + "-" + Files.getLastModifiedTime(mpjJar).toMillis();
            Path target = cacheDir.resolve("mpj-shared-" + key);
            if (Files.isDirectory(target)) {
                return target;
            }
            Files.createDirectories(cacheDir);
            Path temp = Files.createTempDirectory(cacheDir, "mpj-shared-");
            try (ZipFile zip = new ZipFile(mpjJar.toFile())) {
                for (String name : SHARED_CLASSES) {
                    ZipEntry entry = zip.getEntry(name);
                    if (entry == null) {
                        throw new MpjNotFoundException(mpjJar + " lacks " + name + ": not an MPJ Express 0.44 mpj.jar");
                    }
                    Path out = temp.resolve(name);
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another grader moved its copy first; both are the same.
                if (!Files.isDirectory(target)) {
                    throw raced;
                }
            }
            return target;
        } catch (IOException e) {
            throw new MpjNotFoundException("cannot prepare MPJ Express's shared classes under " + cacheDir + ": " + e);
        }
    }

    /** Which MPJ Express this is, for the record of a grading. */
    public String description() {
        return "MPJ Express " + VERSION + " (" + mpjJar + ")";
    }
}
