package org.mpjgrader.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;

/**
 * The entries of MPJ Express's jars, read once per JVM: every run loads MPJ's classes afresh (one loader per run and
 * per rank), and reading and inflating the jars each time cost more than defining the classes. MPJ's
 * communicators are woven here, once, so that the run's MPI calls are recorded ({@link MpiCallWeaver}).
 */
final class ClassBytes {
    private final Map<Path, Map<String, byte[]>> jars = new ConcurrentHashMap<>();
    /** MPJ's classes as the ranks load them, by jar and entry: woven when first loaded, for most are never used. */
    private final Map<Path, Map<String, byte[]>> wovenClasses = new ConcurrentHashMap<>();
    /** The program's classes as woven to count their work, by file and its time: woven once, not per rank and run. */
    private final Map<String, byte[]> counted = new ConcurrentHashMap<>();
    /** The grader's classes each of the program's class files uses, by the same key ({@link GraderReferences}). */
    private final Map<String, List<GraderReferences.Reference>> references = new ConcurrentHashMap<>();

    /** The jar's entries by name ({@code mpi/MPI.class}), as they are in the jar; an unreadable jar has none. */
    Map<String, byte[]> entries(Path jar) {
        return jars.computeIfAbsent(jar, ClassBytes::read);
    }

    /** A class of the jar as the runs load it ({@link #woven}), or null where the jar has no such entry. */
    byte[] loadedClass(Path jar, String entry) {
        byte[] code = entries(jar).get(entry);
        if (code == null) {
            return null;
        }
        return wovenClasses.computeIfAbsent(jar, j -> new ConcurrentHashMap<>())
            .computeIfAbsent(entry, e -> woven(e, code));
    }

    /** A class file of the program's, woven to count its work ({@link WorkWeaver}): once per JVM while unchanged. */
    byte[] counted(Path file) throws IOException {
        String key = key(file);
        byte[] known = counted.get(key);
        if (known == null) {
            byte[] compiled = Files.readAllBytes(file);
            references.put(key, GraderReferences.in(compiled));
            known = WorkWeaver.weave(compiled);
            counted.put(key, known);
        }
        return known;
    }

    /** The grader's classes a class file of the program's uses: read once per JVM while unchanged. */
    List<GraderReferences.Reference> graderReferences(Path file, byte[] compiled) throws IOException {
        return references.computeIfAbsent(key(file), k -> GraderReferences.in(compiled));
    }

    private static String key(Path file) throws IOException {
        return file + "|" + Files.getLastModifiedTime(file).toMillis() + "|" + Files.size(file);
    }

    /** A class of MPJ's jars as the runs load it: a communicator woven, any other class as it is. */
    static byte[] woven(String name, byte[] code) {
        return MpiCallWeaver.WOVEN.contains(name) ? MpiCallWeaver.weave(code) : code;
    }

    private static Map<String, byte[]> read(Path jar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (var entry : (Iterable<java.util.jar.JarEntry>) file.stream()::iterator) {
                if (!entry.isDirectory()) {
                    byte[] code = file.getInputStream(entry).readAllBytes();
                    entries.put(entry.getName(), code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return Map.copyOf(entries);
    }
}
