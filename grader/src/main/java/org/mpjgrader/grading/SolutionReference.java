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
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.submission.Submission;
import org.mpjgrader.submission.SubmissionLoader;

/**
 * Runs the reference solutions for the inputs a grading needs: compiled once, each (exercise, rank count,
 * arguments) run once and kept (gradings that need it meanwhile wait for that one run), so that every submission graded with this source reuses it. The runs share a
 * pool of warm JVMs, ended by {@link #close()}.
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
        RunResult result = gate.run(false, pool,
            exercise.request(classes(), np, arguments));
        if (result.ending() != RunResult.Ending.COMPLETED || !result.allRanksFinished() || result.outputDropped()) {
            throw new ReferenceUnavailableException("the reference solution of " + exercise.id() + " did not run "
                + "cleanly at " + np + " ranks with arguments " + arguments + " (" + why(result) + ")");
        }
        return ReferenceOutput.of(result);
    }

    /** How the run ended, with where each unfinished rank was: a grader's fault must say enough to be fixed. */
    private static String why(RunResult result) {
        StringBuilder why = new StringBuilder(result.ending().name());
        if (result.ending() == RunResult.Ending.TIMED_OUT) {
            why.append(result.deadlocked() ? ", every rank waiting" : "").append(" after ")
                .append(result.stoppedAfter().toMillis()).append(" ms");
        }
        for (var rank : result.ranks()) {
            if (rank.outcome().stuck() != null) {
                why.append("; rank ").append(rank.rank()).append(" in ").append(rank.outcome().stuck().where());
            } else if (rank.outcome().kind() != org.mpjgrader.launch.RankOutcome.Kind.FINISHED) {
                why.append("; rank ").append(rank.rank()).append(' ').append(rank.outcome().kind()).append(' ')
                    .append(rank.outcome().exception());
            }
        }
        return why.toString();
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
