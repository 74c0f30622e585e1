package org.mpjgrader.grading;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.compile.CompileResult;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.launch.RunPool;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.submission.Submission;
import org.mpjgrader.submission.SubmissionLoader;

/**
 * Runs the reference solutions for the inputs a grading needs: compiled once, each (exercise, rank count,
 * arguments) run once and kept (gradings that need it meanwhile wait for that one run), so that every submission
 * graded with this source reuses it; a run that does not run cleanly is made again, up to twice, in a fresh JVM
 * ({@link ReferenceAttempts}). The runs share a pool of warm JVMs, ended by {@link #close()}.
 */
public final class SolutionReference implements ReferenceSource {
    private final Path solutions;
    private final RunPool pool;
    private final SourceCompiler compiler;
    private final Path workspace;
    private final RunGate gate;
    private final Map<String, CompletableFuture<ReferenceOutput>> cache = new ConcurrentHashMap<>();
    private Path classes;

    /**
     * @param solutions the reference solutions' sources (a folder of package folders)
     * @param workspace a folder of this source's own, for their classes
     */
    public SolutionReference(Path solutions, RunPool pool, SourceCompiler compiler, Path workspace,
                             RunGate gate) {
        this.gate = gate;
        this.solutions = solutions;
        this.pool = pool;
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
        CompletableFuture<ReferenceOutput> mine = new CompletableFuture<>();
        CompletableFuture<ReferenceOutput> known = cache.putIfAbsent(key, mine);
        if (known != null) {
            // Another grading runs it, or has: a batch's workers wait for one run rather than each making its own.
            try {
                return known.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            mine.complete(run(exercise, np, arguments));
        } catch (RuntimeException e) {
            cache.remove(key, mine); // a later grading may try again
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    @Override
    public Optional<ReferenceRunner> runner() {
        return Optional.of((exercise, np, arguments) -> gate.run(true, pool, exercise.request(classes(), np,
            arguments)));
    }

    private ReferenceOutput run(ExerciseSpec exercise, int np, List<String> arguments) {
        RunRequest request = exercise.request(classes(), np, arguments).withShortenedSleeps();
        RunResult result = ReferenceAttempts.firstClean("the reference solution of " + exercise.id() + " at " + np
            + " ranks with arguments " + arguments, newJvm -> gate.run(false, pool, request, newJvm));
        return ReferenceOutput.of(result);
    }

    @Override
    public void close() {
        pool.close();
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
