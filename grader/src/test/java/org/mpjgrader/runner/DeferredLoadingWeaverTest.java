package org.mpjgrader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;
import org.mpjgrader.launch.MpjInstallation;

/**
 * What the casts spare, on MPJ Express's own classes: verifying {@code mpi.SumWorker} (initialising it links it) loads
 * the typed {@code Sum} classes as compiled, and none of them as woven. That the woven classes compute what MPJ's
 * do, every test that makes a real run shows: each run loads them.
 */
class DeferredLoadingWeaverTest {
    private static final List<String> TYPED_SUMS = List.of("mpi.SumByte", "mpi.SumChar", "mpi.SumShort", "mpi.SumInt",
        "mpi.SumLong", "mpi.SumFloat", "mpi.SumDouble");

    @TempDir
    Path temp;

    @Test
    void verifyingAnOperationsWorkerLoadsNoneOfItsTypedWorkers() throws Exception {
        MpjClasses woven = new MpjClasses(TestCourse.mpj(temp.resolve("cache")), DeferredLoadingWeaver::weave);
        Class.forName("mpi.SumWorker", true, woven);

        assertThat(woven.defined).contains("mpi.SumWorker").doesNotContainAnyElementsOf(TYPED_SUMS);
    }

    @Test
    void asCompiledTheVerifierLoadsThemAll() throws Exception {
        MpjClasses compiled = new MpjClasses(TestCourse.mpj(temp.resolve("cache")), UnaryOperator.identity());
        Class.forName("mpi.SumWorker", true, compiled);

        assertThat(compiled.defined).containsAll(TYPED_SUMS);
    }

    /** MPJ's jars in one loader, each class through {@code weaving}; which classes it defined, by name. */
    private static final class MpjClasses extends ClassLoader {
        private final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        private final Set<String> defined = ConcurrentHashMap.newKeySet();
        private final UnaryOperator<byte[]> weaving;

        MpjClasses(MpjInstallation mpj, UnaryOperator<byte[]> weaving) {
            super("mpj-test", ClassLoader.getPlatformClassLoader());
            this.weaving = weaving;
            List<Path> classPath = new ArrayList<>(mpj.childClassPath());
            classPath.addAll(mpj.rankClassPath());
            try {
                for (Path entry : classPath) {
                    read(entry);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A jar, or a folder of classes (the classes MPJ's ranks share, copied out of mpj.jar). */
        private void read(Path entry) throws IOException {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        entries.putIfAbsent(entry.relativize(file).toString(), Files.readAllBytes(file));
                    }
                }
                return;
            }
            try (JarFile jar = new JarFile(entry.toFile())) {
                for (JarEntry file : Collections.list(jar.entries())) {
                    entries.putIfAbsent(file.getName(), jar.getInputStream(file).readAllBytes());
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] code = entries.get(name.replace('.', '/') + ".class");
            if (code == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] woven = weaving.apply(code);
            defined.add(name);
            return defineClass(name, woven, 0, woven.length);
        }
    }
}
