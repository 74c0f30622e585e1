package org.mpjgrader.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader over a folder of compiled classes and jars whose entries come from {@link ClassBytes}: what a
 * {@code URLClassLoader} over the same path does, parent first, without reading the jars again for every run and
 * rank. The folder of the program's own classes is read as it is, and woven so that each rank counts its work.
 */
final class ProgramClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final List<Path> folders;
    /** The folders of the program's own classes, whose work is counted ({@link WorkWeaver}). */
    private final List<Path> counted;
    /** The folders of the program's own classes, whose calls the {@link AttemptWatch} watches. */
    private final List<Path> program;
    private final Set<String> programClasses = ConcurrentHashMap.newKeySet();
    private final List<Path> jars;
    private final ClassBytes bytes;

    ProgramClassLoader(String name, List<Path> folders, List<Path> program, List<Path> counted, List<Path> jars,
                       ClassBytes bytes, ClassLoader parent) {
        super(name, parent);
        this.folders = List.copyOf(folders);
        this.program = List.copyOf(program);
        this.counted = List.copyOf(counted);
        this.jars = List.copyOf(jars);
        this.bytes = bytes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String entry = name.replace('.', '/') + ".class";
        try {
            for (Path folder : folders) {
                Path file = folder.resolve(entry);
                if (Files.isRegularFile(file)) {
                    byte[] code = counted.contains(folder) ? bytes.counted(file) : Files.readAllBytes(file);
                    if (program.contains(folder)) {
                        programClasses.add(name);
                        tellGraderReferences(bytes.graderReferences(file, code));
                    }
                    return define(name, code, folder);
                }
            }
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
        for (Path jar : jars) {
            byte[] found = bytes.loadedClass(jar, entry);
            if (found != null) {
                return define(name, found, jar);
            }
        }
        throw new ClassNotFoundException(name);
    }

    /** Whether {@code type} is one of the program's own classes (not the JDK's, MPJ's or the runner's). */
    static boolean isProgramClass(Class<?> type) {
        return type.getClassLoader() instanceof ProgramClassLoader loader && loader.programClasses.contains(type.getName());
    }

    /** A program class that uses the grader's classes is an attempt of the rank that loads it. */
    private static void tellGraderReferences(List<GraderReferences.Reference> references) {
        Attempts attempts = Attempts.current();
        if (attempts == null || references.isEmpty()) {
            return;
        }
        int rank = attempts.rankOfCaller();
        references.forEach(r -> attempts.tried(rank, Attempts.Kind.GRADER_CODE, r.className(), r.site()));
    }

    private Class<?> define(String name, byte[] code, Path origin) {
        CodeSource source = new CodeSource(url(origin), (Certificate[]) null);
        return defineClass(name, code, 0, code.length, new ProtectionDomain(source, null, this, null));
    }

    @Override
    protected URL findResource(String name) {
        List<URL> found = resources(name, true);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        return Collections.enumeration(resources(name, false));
    }

    private List<URL> resources(String name, boolean first) {
        List<URL> found = new ArrayList<>();
        for (Path folder : folders) {
            Path file = folder.resolve(name).normalize();
            if (file.startsWith(folder) && Files.isRegularFile(file)) {
                found.add(url(file));
                if (first) {
                    return found;
                }
            }
        }
        for (Path jar : jars) {
            Map<String, byte[]> entries = bytes.entries(jar);
            if (entries.containsKey(name)) {
                try {
                    found.add(new URL("jar:" + url(jar) + "!/" + name));
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException(e);
                }
                if (first) {
                    return found;
                }
            }
        }
        return found;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
