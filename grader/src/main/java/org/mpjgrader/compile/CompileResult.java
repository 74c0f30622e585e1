package org.mpjgrader.compile;

import java.util.List;
import java.util.stream.Collectors;

/** Whether the sources compiled, and the compiler's errors (warnings are left out: they cost no points). */
public record CompileResult(boolean success, List<CompileDiagnostic> errors) {

    public String errorText() {
        return errors.stream().map(CompileDiagnostic::toString).collect(Collectors.joining("\n"));
    }
}
