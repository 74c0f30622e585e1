package org.mpjgrader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;
import org.mpjgrader.compile.CompileResult;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.launch.MpjInstallation;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * The child JVMs run without bytecode verification (the launcher's {@code -XX:-BytecodeVerificationRemote}), so
 * what the runner weaves is verified here, by ASM's verifier: every class of MPJ Express's jars as the ranks load
 * it, and every class of the reference solutions as woven to count its work, verifies wherever the class as
 * compiled does.
 */
class WovenClassesVerifyTest {

    @TempDir
    Path temp;

    @Test
    void everyClassOfMpjVerifiesAsTheRanksLoadIt() throws Exception {
        MpjInstallation mpj = TestCourse.mpj(temp.resolve("cache"));
        List<Path> classPath = new ArrayList<>(mpj.childClassPath());
        classPath.addAll(mpj.rankClassPath());

        Verified verified = verified(classes(classPath), classPath, entry -> code -> ClassBytes.woven(entry, code));

        assertThat(verified.checked()).containsAll(MpiCallWeaver.WOVEN);
        assertThat(verified.failures()).isEmpty();
    }

    @Test
    void everyReferenceSolutionVerifiesAsWovenToCountItsWork() throws Exception {
        MpjInstallation mpj = TestCourse.mpj(temp.resolve("cache"));
        Path classes = temp.resolve("classes");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(TestCourse.root().resolve("solutions/src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        CompileResult compiled = new SourceCompiler(List.of(mpj.mpjJar())).compile(sources, classes);
        assertThat(compiled.success()).as(compiled.errorText()).isTrue();
        List<Path> classPath = new ArrayList<>(List.of(classes));
        classPath.addAll(mpj.childClassPath());
        classPath.addAll(mpj.rankClassPath());

        Map<String, byte[]> program = classes(List.of(classes));
        Verified verified = verified(program, classPath, entry -> WorkWeaver::weave);

        assertThat(program.keySet()).hasSizeGreaterThanOrEqualTo(sources.size()).contains("rootsum/RootSum.class");
        assertThat(verified.checked()).isEqualTo(program.keySet());
        assertThat(verified.failures()).isEmpty();
    }

    @Test
    void theVerifierFindsAMethodThatReturnsAnIntAsAString() {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "Broken", null, "java/lang/Object", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "name", "()Ljava/lang/String;", null, null);
        method.visitCode();
        method.visitInsn(Opcodes.ICONST_1);
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(1, 0);
        method.visitEnd();
        writer.visitEnd();

        assertThat(problems(writer.toByteArray(), getClass().getClassLoader()))
            .contains("Error at instruction 1: Expected an object reference, but found I");
    }

    /**
     * The classes (by entry) checked, those that verify as compiled, and those of them that do not verify as
     * {@code weaving} makes them, each with the verifier's first lines.
     */
    private record Verified(Set<String> checked, List<String> failures) {
    }

    /**
     * Verifies each class as compiled and as woven. Some of MPJ's classes do not verify even as compiled in ASM's
     * verifier (which, unlike the JVM's, checks that a value assigned to an interface type implements it): those
     * are not checked.
     */
    private static Verified verified(Map<String, byte[]> classes, List<Path> classPath,
                                     Function<String, UnaryOperator<byte[]>> weaving) throws IOException {
        List<String> failures = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        try (URLClassLoader types = new URLClassLoader(urls(classPath), ClassLoader.getPlatformClassLoader())) {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                if (!problems(entry.getValue(), types).isEmpty()) {
                    continue;
                }
                checked.add(entry.getKey());
                String problems = problems(weaving.apply(entry.getKey()).apply(entry.getValue()), types);
                if (!problems.isEmpty()) {
                    failures.add(entry.getKey() + ":\n" + problems.lines().limit(6).reduce("", (a, b) -> a + b + "\n"));
                }
            }
        }
        assertThat(checked).as("classes that verify as compiled").hasSizeGreaterThan(classes.size() / 2);
        return new Verified(checked, failures);
    }

    /** What ASM's verifier says of a class: nothing when it verifies. */
    private static String problems(byte[] code, ClassLoader types) {
        StringWriter text = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(code), types, false, new PrintWriter(text));
        return text.toString();
    }

    /** The class files of jars and folders of classes, by entry ({@code mpi/Comm.class}); the first of a name wins. */
    private static Map<String, byte[]> classes(List<Path> classPath) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        classes.putIfAbsent(entry.relativize(file).toString(), Files.readAllBytes(file));
                    }
                }
                continue;
            }
            try (JarFile jar = new JarFile(entry.toFile())) {
                for (JarEntry file : Collections.list(jar.entries())) {
                    if (file.getName().endsWith(".class") && !file.getName().endsWith("module-info.class")) {
                        classes.putIfAbsent(file.getName(), jar.getInputStream(file).readAllBytes());
                    }
                }
            }
        }
        return classes;
    }

    private static URL[] urls(List<Path> classPath) {
        return classPath.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray(URL[]::new);
    }
}
