package org.mpjgrader.runner;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the program of one run attempted that the sandbox denies or the grader forbids ({@link Kind}): told to the
 * grader as it happens, {@code TRIED rank kind detail site} for the first {@value #TOLD} distinct attempts of each rank
 * and kind (an {@code EXIT} or a {@code Runtime.halt} ends the JVM a moment later), then {@code TRIED_COUNT rank kind
 * count} at the end of the run where a rank tried more (a port scan, a walk over the whole file system). Only
 * attempts made by the program's own code count ({@link AttemptWatch}); the run's folder, the JDK's and the class
 * path's files are the program's to read, and its folder the one place to write. As with {@link WorkClock}, the run
 * in progress is found through one static field, set for the run and cleared after it.
 */
final class Attempts {
    enum Kind { READ, WRITE, NETWORK, PROCESS, EXIT, GRADER_CODE, GRADER_NAMES, RESULT_FILE }

    static final int TOLD = 3;
    /** Distinct details kept per rank and kind, for the count; beyond them every attempt counts. */
    private static final int KEPT = 10_000;
    /** Files named like the grader's results: a program writing one forges a result. */
    private static final java.util.regex.Pattern RESULT_NAME =
        java.util.regex.Pattern.compile("results?\\.json|TEST-.*\\.xml|gradebook\\.(csv|json)");
    /** What the JDK reads on the program's behalf outside the JDK's own folder. */
    private static final List<Path> SYSTEM_READS = List.of(Path.of("/dev/random"), Path.of("/dev/urandom"),
        Path.of("/dev/null"), Path.of("/proc/self"), Path.of("/sys/fs/cgroup"), Path.of("/proc/cpuinfo"),
        Path.of("/proc/meminfo"), Path.of("/usr/share/zoneinfo"), Path.of("/etc/localtime"));
    /** Where the JDK's configuration really lies (Debian links each file of {@code conf} to /etc/java-17-openjdk). */
    private static final List<Path> JDK_CONF = jdkConfFolders();
    private static volatile Attempts current;

    private final Channel channel;
    private final RankTable ranks;
    private final Path folder;
    private final List<Path> readable;
    private final List<Path> writable;
    private final Map<String, Set<String>> details = new ConcurrentHashMap<>();
    private final Map<String, Long> beyond = new ConcurrentHashMap<>();

    /**
     * @param classPaths the run's classes and jars, which the JDK may read for a program (a service lookup)
     */
    Attempts(Channel channel, RankTable ranks, List<Path> classPaths) {
        this.channel = channel;
        this.ranks = ranks;
        this.folder = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        this.writable = List.of(folder, absolute(System.getProperty("java.io.tmpdir")),
            absolute(System.getProperty("user.home")), Path.of("/dev/null"));
        List<Path> reads = new ArrayList<>(writable);
        reads.addAll(SYSTEM_READS);
        Path javaHome = absolute(System.getProperty("java.home"));
        reads.add(javaHome);
        reads.addAll(JDK_CONF);
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                reads.add(absolute(entry));
            }
        }
        classPaths.forEach(p -> reads.add(p.toAbsolutePath().normalize()));
        this.readable = List.copyOf(reads);
    }

    static void record(Attempts attempts) {
        current = attempts;
    }

    static void stopRecording() {
        current = null;
    }

    static Attempts current() {
        return current;
    }

    /** The rank of the calling thread, or {@link RankTable#NO_RANK} for the runner's own threads. */
    int rankOfCaller() {
        return ranks.rankOf(Thread.currentThread());
    }

    boolean readable(String file) {
        return inside(file, readable);
    }

    boolean writable(String file) {
        return inside(file, writable);
    }

    /** Whether {@code file} (as the program named it) is named like one of the grader's result files. */
    static boolean resultFile(String file) {
        int slash = file.lastIndexOf('/');
        return RESULT_NAME.matcher(file.substring(slash + 1)).matches();
    }

    private boolean inside(String file, List<Path> roots) {
        Path path;
        try {
            path = folder.resolve(file).normalize();
        } catch (InvalidPathException e) {
            return false;
        }
        for (Path root : roots) {
            if (path.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /** Records an attempt; the first few distinct ones of each rank and kind are told at once. */
    void tried(int rank, Kind kind, String detail, String site) {
        String key = rank + "\t" + kind;
        Set<String> seen = details.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
        if (seen.size() >= KEPT) {
            beyond.merge(key, 1L, Long::sum);
            return;
        }
        if (seen.add(detail) && seen.size() <= TOLD) {
            channel.send("TRIED", rank, kind.name().toLowerCase(Locale.ROOT), detail, site);
        }
    }

    /** At the end of the run: how many distinct attempts each rank made of a kind, where more than were told. */
    void reportCounts() {
        details.forEach((key, seen) -> {
            long count = seen.size() + beyond.getOrDefault(key, 0L);
            if (count > TOLD) {
                String[] rankAndKind = key.split("\t");
                channel.send("TRIED_COUNT", rankAndKind[0], rankAndKind[1].toLowerCase(Locale.ROOT), count);
            }
        });
    }

    /** Read once, before the watch is installed ({@link AttemptWatch#install}). */
    private static List<Path> jdkConfFolders() {
        Path conf = absolute(System.getProperty("java.home")).resolve("conf");
        try (var files = java.nio.file.Files.walk(conf)) {
            return files.map(f -> {
                try {
                    return f.toRealPath().getParent();
                } catch (java.io.IOException broken) {
                    return conf;
                }
            }).distinct().toList();
        } catch (java.io.IOException | java.io.UncheckedIOException noConf) {
            return List.of();
        }
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }
}
