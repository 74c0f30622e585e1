package org.mpjgrader.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mpjgrader.check.ExerciseVerdicts;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.check.RunJudge;
import org.mpjgrader.check.SlurmScriptCheck;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.launch.MpjNotFoundException;
import org.mpjgrader.launch.RunPool;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingEnvironment;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.submission.Submission;
import org.mpjgrader.submission.SubmissionException;
import org.mpjgrader.submission.SubmissionLoader;

/** Grades one submission: load, compile once, run the plan, judge each run, tell the listener. */
public final class Grader implements SubmissionGrader {
    private final Supplier<RunPool> pools;
    private final ReferenceSource references;
    private final BatchScriptGrading batchScripts;
    private final SourceCompiler compiler;
    private final Path scratch;
    private final Clock clock;
    private final GradingEnvironment environment;
    private final RunGate gate;

    /** @param pools a new pool of warm JVMs for each submission, closed when it is graded */
    public Grader(Supplier<RunPool> pools, ScriptExecutor scripts, ReferenceSource references, SourceCompiler compiler,
                  Path scratch, Clock clock, GradingEnvironment environment, RunGate gate) {
        this.pools = pools;
        this.references = references;
        this.batchScripts = new BatchScriptGrading(scripts, references);
        this.compiler = compiler;
        this.scratch = scratch;
        this.clock = clock;
        this.environment = environment;
        this.gate = gate;
    }

    @Override
    public void close() {
        references.close();
    }

    @Override
    public GradingEnvironment environment() {
        return environment;
    }

    /**
     * @param hidden whether to add the hidden runs, when the reference source can compute their expected output
     */
    @Override
    public GradingResult grade(Path origin, List<ExerciseSpec> exercises, long seed, boolean hidden,
                               GradingListener listener) {
        boolean withHidden = hidden && references.computesNewInputs();
        Path workspace = createWorkspace();
        try {
            Submission submission;
            try {
                submission = new SubmissionLoader().load(origin, workspace);
            } catch (SubmissionException e) {
                return unreadable(origin, exercises, seed, withHidden, e.getMessage(), listener);
            }
            GradingPlan plan = GradingPlan.of(submission.name(), exercises, seed, withHidden);
            listener.gradingStarted(plan);
            CompiledSubmission compiled = CompiledSubmission.compile(submission, compiler, workspace);
            List<ExerciseResult> results = new ArrayList<>();
            try (RunPool pool = pools.get()) {
                for (ExerciseSpec exercise : exercises) {
                    ExerciseResult result = gradeExercise(exercise, plan, submission, compiled, pool, listener);
                    listener.exerciseFinished(result);
                    results.add(result);
                }
            }
            GradingResult result = new GradingResult(submission.name(), seed, environment, clock.instant(), results);
            listener.gradingFinished(result);
            return result;
        } finally {
            FileTrees.deleteTree(workspace);
        }
    }

    /** Every run of the plan {@code NOT_GRADED} for one reason, such as MPJ Express missing on this machine. */
    public static GradingResult notGraded(String submission, List<ExerciseSpec> exercises, long seed, String reason,
                                          Clock clock, GradingEnvironment environment,
                                          GradingListener listener) {
        GradingPlan plan = GradingPlan.of(submission, exercises, seed, false);
        listener.gradingStarted(plan);
        List<ExerciseResult> results = new ArrayList<>();
        for (ExerciseSpec exercise : exercises) {
            List<RunGrade> runs = new ArrayList<>();
            for (PlannedRun run : plan.runsOf(exercise)) {
                RunGrade grade = same(run, Verdict.NOT_GRADED, "not graded: " + reason);
                listener.runFinished(grade);
                runs.add(grade);
            }
            ExerciseResult result = new ExerciseResult(exercise.id(), exercise.lesson(), runs);
            listener.exerciseFinished(result);
            results.add(result);
        }
        GradingResult result = new GradingResult(submission, seed, environment, clock.instant(), results);
        listener.gradingFinished(result);
        return result;
    }

    private GradingResult unreadable(Path origin, List<ExerciseSpec> exercises, long seed, boolean hidden,
                                     String reason, GradingListener listener) {
        GradingPlan plan = GradingPlan.of(origin.getFileName().toString(), exercises, seed, hidden);
        listener.gradingStarted(plan);
        List<ExerciseResult> results = new ArrayList<>();
        for (ExerciseSpec exercise : exercises) {
            ExerciseResult result = everyRun(exercise, plan, Verdict.COMPILE_ERROR,
                exercise.id() + ": the submission cannot be read: " + reason, listener);
            listener.exerciseFinished(result);
            results.add(result);
        }
        GradingResult result = new GradingResult(plan.submission(), seed, environment, clock.instant(), results);
        listener.gradingFinished(result);
        return result;
    }

    private ExerciseResult gradeExercise(ExerciseSpec exercise, GradingPlan plan, Submission submission,
                                         CompiledSubmission compiled, RunPool pool, GradingListener listener) {
        if (exercise.check() instanceof SlurmScriptCheck script) {
            List<RunGrade> runs = plan.runsOf(exercise).stream()
                .map(run -> batchScripts.grade(run, script, submission, compiled)).toList();
            runs.forEach(listener::runFinished);
            return new ExerciseResult(exercise.id(), exercise.lesson(), runs);
        }
        String pkg = exercise.packageName();
        String fileName = exercise.mainClass().substring(exercise.mainClass().lastIndexOf('.') + 1) + ".java";
        boolean hasSource = submission.sourcesOf(pkg).stream().anyMatch(p -> p.getFileName().toString().equals(fileName));
        if (!hasSource) {
            return everyRun(exercise, plan, Verdict.NOT_IMPLEMENTED, exercise.id() + ": the submission has no "
                + exercise.sourcePath() + "; " + exercise.notImplementedHint(), listener);
        }
        if (compiled.errors().containsKey(pkg)) {
            return everyRun(exercise, plan, Verdict.COMPILE_ERROR, exercise.id() + ": " + exercise.sourcePath()
                + " does not compile:\n" + compiled.errors().get(pkg), listener);
        }
        Path classes = compiled.classesOf(pkg).orElseThrow();
        List<RunGrade> grades = new ArrayList<>();
        for (PlannedRun run : plan.runsOf(exercise)) {
            grades.add(gradeRun(run, classes, pool));
        }
        List<RunGrade> settled = ExerciseVerdicts.settle(grades);
        settled.forEach(listener::runFinished);
        return new ExerciseResult(exercise.id(), exercise.lesson(), settled);
    }

    private RunGrade gradeRun(PlannedRun run, Path classes, RunPool pool) {
        ExerciseSpec exercise = run.exercise();
        OutputCheck check = (OutputCheck) exercise.check();
        RunContext context = new RunContext(exercise.id(), run.np(), run.arguments(), run.visibility());
        try {
            RunRequest request = new RunRequest(classes, exercise.mainClass(), run.np(), run.arguments(),
                exercise.limits(), exercise.collectFiles());
            RunResult result = gate.run(exercise.check().timed(run.np()), () -> pool.run(request));
            ReferenceOutput reference = check.needsReference()
                ? references.reference(exercise, run.np(), run.arguments()) : ReferenceOutput.none();
            long judging = System.nanoTime();
            RunGrade output = RunJudge.judge(context, result, check, reference, run.points(),
                exercise.notImplementedHint());
            RunGrade judged = run.visibility() == Visibility.PARALLEL
                ? exercise.parallelRuns().check().judge(context, result, reference, output) : output;
            return judged.withMeasurements(timings(judged.measurements(), result, System.nanoTime() - judging));
        } catch (MpjNotFoundException | UncheckedIOException | ReferenceUnavailableException e) {
            return same(run, Verdict.NOT_GRADED, FailureMessage.of(context, "not graded: " + e.getMessage()).text());
        }
    }

    /** What a run's time went into, beside what its check measured: for the reports and the benchmark. */
    private static Map<String, Double> timings(Map<String, Double> measured, RunResult result, long checkNanos) {
        Map<String, Double> all = new HashMap<>(measured);
        all.put(Measurement.PROGRAM_SECONDS, result.programWall().toNanos() / 1e9);
        all.put(Measurement.JVM_START_SECONDS, result.jvmStart().toNanos() / 1e9);
        all.put(Measurement.RUN_SETUP_SECONDS, result.runSetup().toNanos() / 1e9);
        all.put(Measurement.CHECK_SECONDS, checkNanos / 1e9);
        return all;
    }

    private static ExerciseResult everyRun(ExerciseSpec exercise, GradingPlan plan, Verdict verdict, String message,
                                           GradingListener listener) {
        List<RunGrade> runs = new ArrayList<>();
        for (PlannedRun run : plan.runsOf(exercise)) {
            RunGrade grade = same(run, verdict, message);
            listener.runFinished(grade);
            runs.add(grade);
        }
        return new ExerciseResult(exercise.id(), exercise.lesson(), runs);
    }

    static RunGrade same(PlannedRun run, Verdict verdict, String message) {
        return new RunGrade(run.exercise().id(), run.np(), run.arguments(), run.visibility(), verdict, message, 0,
            run.points(),
            List.of(CheckResult.fail(verdict.name().toLowerCase(java.util.Locale.ROOT), run.points(), message)),
            Duration.ZERO);
    }

    private Path createWorkspace() {
        try {
            Files.createDirectories(scratch);
            return Files.createTempDirectory(scratch, "grading-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a workspace under " + scratch, e);
        }
    }
}
