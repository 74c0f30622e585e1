package org.mpjgrader.grading;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mpjgrader.compile.CompileResult;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.submission.Submission;

/**
 * A submission's classes by package. All sources are compiled together once; only when that fails is each
 * package compiled on its own, so that one exercise's compile error costs that exercise alone.
 */
record CompiledSubmission(Map<String, Path> classes, Map<String, String> errors) {

    static CompiledSubmission compile(Submission submission, SourceCompiler compiler, Path workspace) {
        Map<String, Path> classes = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Path together = workspace.resolve("classes");
        CompileResult all = compiler.compile(submission.allSources(), together);
        for (String pkg : submission.sourcesByPackage().keySet()) {
            if (all.success()) {
                classes.put(pkg, together);
                continue;
            }
            Path alone = workspace.resolve("classes-" + (pkg.isEmpty() ? "default" : pkg));
            CompileResult result = compiler.compile(submission.sourcesOf(pkg), alone);
            if (result.success()) {
                classes.put(pkg, alone);
            } else {
                errors.put(pkg, result.errorText());
            }
        }
        return new CompiledSubmission(Map.copyOf(classes), Map.copyOf(errors));
    }

    Optional<Path> classesOf(String pkg) {
        return Optional.ofNullable(classes.get(pkg));
    }
}
