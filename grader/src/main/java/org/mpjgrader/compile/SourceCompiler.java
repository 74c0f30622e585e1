package org.mpjgrader.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources against a class path into a folder, with the JDK's compiler in this JVM. */
public final class SourceCompiler {
    private final JavaCompiler compiler;
    private final List<Path> classPath;

    public SourceCompiler(List<Path> classPath) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this Java has no compiler: run the grader with a JDK, not a JRE");
        }
        this.classPath = List.copyOf(classPath);
    }

    public CompileResult compile(List<Path> sources, Path outputDir) {
        if (sources.isEmpty()) {
            return new CompileResult(true, List.of());
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", outputDir.toString(), "-cp", joined(classPath),
                "-encoding", "UTF-8", "-proc:none", "-g", "-Xlint:none", "--release", "17");
            boolean ok = compiler.getTask(new StringWriter(), files, diagnostics, options, null,
                files.getJavaFileObjectsFromPaths(sources)).call();
            return new CompileResult(ok, errors(diagnostics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CompileDiagnostic> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<CompileDiagnostic> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName().toString();
            errors.add(new CompileDiagnostic(file, d.getLineNumber(), "error", d.getMessage(Locale.ROOT),
                sourceLine(d)));
        }
        return errors;
    }

    private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getLineNumber() < 1) {
            return "";
        }
        try {
            CharSequence content = d.getSource().getCharContent(true);
            String[] lines = content.toString().split("\n", -1);
            long index = d.getLineNumber() - 1;
            return index < lines.length ? lines[(int) index] : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String joined(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
