package org.mpjgrader.grading;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.compile.CompileResult;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.submission.Submission;
import org.mpjgrader.submission.SubmissionLoader;

/**
 * Runs the reference solutions for the inputs a grading needs: compiled once, each (exercise, rank count,
 * arguments) run once and kept, so that every submission graded with this source reuses it.
 */
public final class SolutionReference implements ReferenceSource {
    private final Path solutions;
    private final RunExecutor executor;
    private final SourceCompiler compiler;
    private final Path workspace;
    private final RunGate gate;
    private final Map<String, ReferenceOutput> cache = new ConcurrentHashMap<>();
    private Path classes;

    /**
     * @param solutions the reference solutions' sources (a folder of package folders)
     * @param workspace a folder of this source's own, for their classes
     */
    public SolutionReference(Path solutions, RunExecutor executor, SourceCompiler compiler, Path workspace,
                             RunGate gate) {
        this.gate = gate;
        this.solutions = solutions;
        this.executor = executor;
        this.compiler = compiler;
        this.workspace = workspace;
    }

    @Override
    public boolean computesNewInputs() {
        return true;
    }

    @Override
    public ReferenceOutput reference(ExerciseSpec exercise, int np, List<String> arguments) {
        String key = exercise.id() + "|" + np + "|" + String.join(" ", arguments);
        ReferenceOutput known = cache.get(key);
        if (known != null) {
            return known;
        }
        RunRequest request = new RunRequest(classes(), exercise.mainClass(), np, arguments, exercise.limits(),
            exercise.collectFiles());
        RunResult result = gate.run(exercise.check().timed(), () -> executor.run(request));
        if (result.ending() != RunResult.Ending.COMPLETED || !result.allRanksFinished() || result.outputDropped()) {
            throw new ReferenceUnavailableException("the reference solution of " + exercise.id() + " did not run "
                + "cleanly at " + np + " ranks with arguments " + arguments + " (" + result.ending() + ")");
        }
        ReferenceOutput output = ReferenceOutput.of(result);
        cache.put(key, output);
        return output;
    }

    private synchronized Path classes() {
        if (classes == null) {
            Submission sources = new SubmissionLoader().load(solutions, workspace);
            Path out = workspace.resolve("classes");
            CompileResult compiled = compiler.compile(sources.allSources(), out);
            if (!compiled.success()) {
                throw new ReferenceUnavailableException("the reference solutions do not compile:\n"
                    + compiled.errorText());
            }
            classes = out;
        }
        return classes;
    }
}
