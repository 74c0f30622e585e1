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
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.mpjgrader.check.CommunicationSummary;
import org.mpjgrader.check.ExerciseVerdicts;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.IntegrityFlags;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.ParallelCheck;
import org.mpjgrader.check.ParallelProfile;
import org.mpjgrader.check.RankPattern;
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
import org.mpjgrader.result.IntegrityFlag;
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
    private final int concurrentRuns;
    private final WallClockSettings wallClock;
    private final WallSpeedupGrading wallSpeedups;
    private final IntegritySetting integrity;
    private final boolean exploreMatchings;

    /**
     * @param pools               a new pool of warm JVMs for each submission, closed when it is graded
     * @param concurrentRuns      how many runs of a submission go at once (runs whose check reads wall time still
     *                            run alone, through the gate)
     * @param wallClock           whether and how the wall-clock speedup rows are timed
     * @param exploreMatchings    whether a run that may race is run again under other matchings (docs/matching.md);
     *                            off only to measure what that costs
     */
    public Grader(Supplier<RunPool> pools, ScriptExecutor scripts, ReferenceSource references, SourceCompiler compiler,
                  Path scratch, Clock clock, GradingEnvironment environment, RunGate gate, int concurrentRuns,
                  WallClockSettings wallClock, IntegritySetting integrity, boolean exploreMatchings) {
        this.pools = pools;
        this.references = references;
        this.batchScripts = new BatchScriptGrading(scripts, references);
        this.compiler = compiler;
        this.scratch = scratch;
        this.clock = clock;
        this.environment = environment;
        this.gate = gate;
        this.concurrentRuns = Math.max(1, concurrentRuns);
        this.wallClock = wallClock;
        this.wallSpeedups = new WallSpeedupGrading(references, gate, wallClock);
        this.integrity = integrity;
        this.exploreMatchings = exploreMatchings;
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
            GradingPlan plan = GradingPlan.of(submission.name(), exercises, seed, withHidden, wallClock.on());
            listener.gradingStarted(plan);
            CompiledSubmission compiled = CompiledSubmission.compile(submission, compiler, workspace);
            List<ExerciseResult> results = new ArrayList<>();
            ExecutorService runThreads = Executors.newFixedThreadPool(concurrentRuns, Grader::runThread);
            try (RunPool pool = pools.get()) {
                List<Supplier<ExerciseResult>> pending = new ArrayList<>();
                List<FutureTask<?>> untimed = new ArrayList<>();
                List<FutureTask<?>> wallSpeedupRounds = new ArrayList<>();
                for (ExerciseSpec exercise : exercises) {
                    pending.add(schedule(exercise, plan, submission, compiled, pool,
                        new RunQueues(untimed, wallSpeedupRounds, runThreads)));
                }
                // The wall-clock rounds, timed alone, go last, in JVMs the runs before them have warmed: they wait
                // for the parallel runs they follow up.
                untimed.forEach(runThreads::execute);
                wallSpeedupRounds.forEach(runThreads::execute);
                for (Supplier<ExerciseResult> next : pending) {
                    ExerciseResult result = next.get();
                    result.runs().forEach(listener::runFinished);
                    listener.exerciseFinished(result);
                    results.add(result);
                }
            } finally {
                runThreads.shutdownNow();
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
            ExerciseResult result = exerciseResult(exercise, runs);
            listener.exerciseFinished(result);
            results.add(result);
        }
        GradingResult result = new GradingResult(submission, seed, environment, clock.instant(), results);
        listener.gradingFinished(result);
        return result;
    }

    private GradingResult unreadable(Path origin, List<ExerciseSpec> exercises, long seed, boolean hidden,
                                     String reason, GradingListener listener) {
        GradingPlan plan = GradingPlan.of(origin.getFileName().toString(), exercises, seed, hidden, wallClock.on());
        listener.gradingStarted(plan);
        List<ExerciseResult> results = new ArrayList<>();
        for (ExerciseSpec exercise : exercises) {
            ExerciseResult result = everyRun(exercise, plan, Verdict.COMPILE_ERROR,
                exercise.id() + ": the submission cannot be read: " + reason);
            result.runs().forEach(listener::runFinished);
            listener.exerciseFinished(result);
            results.add(result);
        }
        GradingResult result = new GradingResult(plan.submission(), seed, environment, clock.instant(), results);
        listener.gradingFinished(result);
        return result;
    }

    /**
     * The tasks of a grading's runs, by when the caller starts them: side by side, then the timed rounds; and the
     * grading's run threads, which take what an explored run offers them once they have nothing else to do.
     */
    private record RunQueues(List<FutureTask<?>> untimed, List<FutureTask<?>> wallSpeedupRounds, Executor runThreads) {
    }

    /**
     * Makes one exercise's runs into tasks (added to {@code queues}, for the caller to start) and gives what waits
     * for them and settles the exercise; tells no listener (the caller does, in the exercises' order, on its own
     * thread).
     */
    private Supplier<ExerciseResult> schedule(ExerciseSpec exercise, GradingPlan plan, Submission submission,
                                              CompiledSubmission compiled, RunPool pool, RunQueues queues) {
        if (exercise.check() instanceof SlurmScriptCheck script) {
            // Through the gate too, so that no timed run starts while a job runs.
            FutureTask<List<RunGrade>> runs = new FutureTask<>(() -> plan.runsOf(exercise).stream()
                .map(run -> gate.run(false, () -> batchScripts.grade(run, script, submission, compiled))).toList());
            queues.untimed().add(runs);
            return () -> exerciseResult(exercise, outcome(runs));
        }
        String pkg = exercise.packageName();
        String fileName = exercise.mainClass().substring(exercise.mainClass().lastIndexOf('.') + 1) + ".java";
        boolean hasSource = submission.sourcesOf(pkg).stream().anyMatch(p -> p.getFileName().toString().equals(fileName));
        if (!hasSource) {
            ExerciseResult none = everyRun(exercise, plan, Verdict.NOT_IMPLEMENTED, exercise.id()
                + ": the submission has no " + exercise.sourcePath() + "; " + exercise.notImplementedHint());
            return () -> none;
        }
        if (compiled.errors().containsKey(pkg)) {
            ExerciseResult broken = everyRun(exercise, plan, Verdict.COMPILE_ERROR, exercise.id() + ": "
                + exercise.sourcePath() + " does not compile:\n" + compiled.errors().get(pkg));
            return () -> broken;
        }
        Path classes = compiled.classesOf(pkg).orElseThrow();
        List<FutureTask<RunGrade>> runs = new ArrayList<>();
        Map<Integer, FutureTask<RunGrade>> parallelAt = new HashMap<>();
        for (PlannedRun run : plan.runsOf(exercise)) {
            if (run.visibility() == Visibility.WALL) {
                runs.add(wallSpeedup(run, classes, pool, parallelAt.get(run.np()), queues));
                continue;
            }
            // A parallel run's speedup is reckoned from the program's work at 1 rank: the plan's run at 1 rank,
            // which comes first, so that it has started (and ends) before any run waits for it.
            FutureTask<RunGrade> atOneRank = parallelAt.get(1);
            FutureTask<RunGrade> task = new FutureTask<>(() -> gradeRun(run, plan.seed(), classes, pool,
                () -> atOneRank == null || run.np() == 1 ? -1 : workOf(outcome(atOneRank)), queues.runThreads()));
            queues.untimed().add(task);
            if (run.visibility() == Visibility.PARALLEL) {
                parallelAt.put(run.np(), task);
            }
            runs.add(task);
        }
        return () -> exerciseResult(exercise, ExerciseVerdicts.settle(runs.stream().map(Grader::outcome).toList()));
    }

    /** The exercise's runs with what its sweep over rank counts shows, if anything. */
    private static ExerciseResult exerciseResult(ExerciseSpec exercise, List<RunGrade> runs) {
        return new ExerciseResult(exercise.id(), exercise.lesson(), runs,
            RankPattern.of(runs, exercise.contractArguments()).orElse(""));
    }

    /**
     * The task of a wall-clock speedup row: done at once where the machine cannot judge it, else queued to time it
     * after {@code parallel}, the student's parallel run at the same rank count (the plan puts it first).
     */
    private FutureTask<RunGrade> wallSpeedup(PlannedRun row, Path classes, RunPool pool,
                                             FutureTask<RunGrade> parallel, RunQueues queues) {
        Optional<RunGrade> settled = wallSpeedups.withoutRunning(row);
        FutureTask<RunGrade> task = new FutureTask<>(() -> settled.isPresent() ? settled.get()
            : wallSpeedups.grade(row, classes, pool, () -> outcome(parallel)));
        if (settled.isPresent()) {
            task.run();
        } else {
            queues.wallSpeedupRounds().add(task);
        }
        return task;
    }

    /** The work a parallel run at 1 rank counted, if its output passed; -1 otherwise. */
    private static long workOf(RunGrade atOneRank) {
        Double work = atOneRank.measurements().get(Measurement.WORK);
        return work == null || !ParallelCheck.outputPassed(atOneRank) ? -1 : work.longValue();
    }

    private RunGrade gradeRun(PlannedRun run, long seed, Path classes, RunPool pool, LongSupplier studentAtOneRank,
                              Executor runThreads) {
        ExerciseSpec exercise = run.exercise();
        OutputCheck check = (OutputCheck) exercise.check();
        RunContext context = new RunContext(exercise.id(), run.np(), run.arguments(), run.visibility());
        try {
            List<String> schedules = exploreMatchings && run.visibility() != Visibility.PARALLEL
                ? MatchingExploration.schedules(exercise.matchings(), seed, run.visibility() == Visibility.HIDDEN,
                    run.np())
                : List.of();
            // No verdict reads a run's wall time (the wall-clock rows make runs of their own): its sleeps need not pass.
            // The run itself goes under the first schedule: no wildcard receive's matching is left to the timing.
            RunRequest request = exercise.request(classes, run.np(), run.arguments()).withShortenedSleeps();
            RunResult result = runRetryingRunnerFault(pool,
                schedules.isEmpty() ? request : request.withMatching(schedules.get(0)));
            ReferenceOutput reference = check.needsReference()
                ? references.reference(exercise, run.np(), run.arguments()) : ReferenceOutput.none();
            long judging = System.nanoTime();
            RunGrade output = RunJudge.judge(context, result, check, reference, run.points(),
                exercise.notImplementedHint());
            RunGrade judged = run.visibility() == Visibility.PARALLEL
                ? exercise.parallelRuns().check().judge(context, result, reference, output,
                    new ParallelCheck.WorkAtOneRank(studentAtOneRank.getAsLong(), referenceWorkAtOneRank(run)))
                : output;
            RunGrade graded = judged.withMeasurements(timings(judged.measurements(), result,
                System.nanoTime() - judging)).withCommunication(CommunicationSummary.of(result));
            List<IntegrityFlag> flags = IntegrityFlags.of(result);
            if (schedules.isEmpty() || !MatchingExploration.mayRace(result) && !MatchingExploration.polls(result)) {
                return integrity.apply(context, graded, flags);
            }
            // The outcome may depend on which message a wildcard receive takes, or on whether a poll finds one:
            // judged under the other schedules too. Each is offered to the grading's run threads, behind the runs
            // they have still to make, and made by this thread where none took it first: one after another while the
            // cores are busy, side by side at the grading's end, where a run under a schedule (its every decision
            // waits for the other ranks to block) would otherwise keep one core alone.
            List<FutureTask<MatchingExploration.Explored>> others = schedules.subList(1, schedules.size()).stream()
                .map(schedule -> new FutureTask<>(() -> explore(run, context, classes, pool, reference, schedule)))
                .toList();
            others.forEach(runThreads::execute);
            others.forEach(FutureTask::run); // no-op for a schedule another thread took: it is waited for below
            List<MatchingExploration.Explored> explored = new ArrayList<>();
            explored.add(new MatchingExploration.Explored(graded, result.trace().matches()));
            others.forEach(other -> explored.add(outcome(other)));
            return integrity.apply(context, MatchingExploration.worst(context, graded, explored), flags);
        } catch (MpjNotFoundException | UncheckedIOException | ReferenceUnavailableException e) {
            return same(run, Verdict.NOT_GRADED, FailureMessage.of(context, "not graded: " + e.getMessage()).text());
        }
    }

    /**
     * The run again under a matching schedule, judged as it was. A fault of the grader's runner is the grader's, not
     * the program's: that run is made once more in a JVM of its own, as the run itself; a fault that stays, or one of
     * the machine, leaves the schedule {@code NOT_GRADED}, which {@link MatchingExploration#worst} does not count
     * against the program.
     */
    private MatchingExploration.Explored explore(PlannedRun run, RunContext context, Path classes, RunPool pool,
                                                 ReferenceOutput reference, String schedule) {
        ExerciseSpec exercise = run.exercise();
        try {
            RunRequest request = exercise.request(classes, run.np(), run.arguments()).withShortenedSleeps()
                .withMatching(schedule);
            RunResult explored = runRetryingRunnerFault(pool, request);
            return new MatchingExploration.Explored(RunJudge.judge(context, explored, (OutputCheck) exercise.check(),
                reference, run.points(), exercise.notImplementedHint()).withCommunication(
                    CommunicationSummary.of(explored)), explored.trace().matches());
        } catch (MpjNotFoundException | UncheckedIOException e) {
            return new MatchingExploration.Explored(same(run, Verdict.NOT_GRADED,
                FailureMessage.of(context, "not graded: " + e.getMessage()).text()), List.of());
        }
    }

    /** The run, made once more in a JVM of its own where the grader's runner failed: its fault, not the program's. */
    private RunResult runRetryingRunnerFault(RunPool pool, RunRequest request) {
        RunResult result = gate.run(false, pool, request);
        return result.ending() == RunResult.Ending.RUNNER_FAILED ? gate.run(false, pool, request, true) : result;
    }

    /** The reference's work at 1 rank on a parallel run's input (its run there is cached), or -1. */
    private long referenceWorkAtOneRank(PlannedRun run) {
        ParallelProfile profile = references.reference(run.exercise(), 1, run.arguments()).profile();
        return profile.measured() ? profile.totalWork() : -1;
    }

    /** What a run thread computed; a grader fault there is thrown here, as it would have been in this thread. */
    private static <T> T outcome(Future<T> computed) {
        try {
            return computed.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException fault) {
                throw fault;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading", e);
        }
    }

    private static Thread runThread(Runnable body) {
        Thread thread = new Thread(body, "grading-run");
        thread.setDaemon(true);
        return thread;
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

    private static ExerciseResult everyRun(ExerciseSpec exercise, GradingPlan plan, Verdict verdict, String message) {
        List<RunGrade> runs = new ArrayList<>();
        for (PlannedRun run : plan.runsOf(exercise)) {
            runs.add(same(run, verdict, message));
        }
        return exerciseResult(exercise, runs);
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
