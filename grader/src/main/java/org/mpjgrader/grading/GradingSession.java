package org.mpjgrader.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.launch.Launcher;
import org.mpjgrader.launch.MpjInstallation;
import org.mpjgrader.launch.MpjNotFoundException;
import org.mpjgrader.launch.Sandbox;
import org.mpjgrader.launch.SchedulerRun;
import org.mpjgrader.launch.ScriptRequest;
import org.mpjgrader.launch.ScriptResult;
import org.mpjgrader.launch.ScriptRunner;
import org.mpjgrader.launch.SlurmCluster;
import org.mpjgrader.launch.SlurmJobRunner;
import org.mpjgrader.result.GradingEnvironment;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.spec.ExerciseSpec;

/**
 * The grader wired to this machine: MPJ Express from the environment, the launcher, the in-process compiler.
 * The command line and the students' {@code mvn verify} both grade through here, so they cannot disagree.
 */
public final class GradingSession {
    /** The reference solutions' sources, relative to the course's root. */
    public static final String SOLUTIONS = "solutions/src/main/java";
    /** The reference solutions' output for the visible runs, in a students' copy of the course. */
    public static final String RECORDED = "exercises/expected-visible.json";

    private final Path courseRoot;
    private final Clock clock;
    private final String version;
    private final WallClockSettings wallClock;
    private final SchedulerChoice scheduler;
    private final IntegritySetting integrity;
    private final boolean exploreMatchings;

    /**
     * A session without wall-clock speedup rows.
     *
     * @param courseRoot the course repository: its {@code solutions/} give the expected output, where present
     */
    public GradingSession(Path courseRoot, Clock clock, String version) {
        this(courseRoot, clock, version, WallClockSettings.OFF, SchedulerChoice.AUTO, IntegritySetting.FLAG, true);
    }

    private GradingSession(Path courseRoot, Clock clock, String version, WallClockSettings wallClock,
                           SchedulerChoice scheduler, IntegritySetting integrity, boolean exploreMatchings) {
        this.courseRoot = courseRoot;
        this.clock = clock;
        this.version = version;
        this.wallClock = wallClock;
        this.scheduler = scheduler;
        this.integrity = integrity;
        this.exploreMatchings = exploreMatchings;
    }

    /** This session with wall-clock speedup rows judged as {@code settings} say. */
    public GradingSession withWallClock(WallClockSettings settings) {
        return new GradingSession(courseRoot, clock, version, settings, scheduler, integrity, exploreMatchings);
    }

    /** This session with lesson 11's batch jobs run by the scheduler {@code choice} names. */
    public GradingSession withScheduler(SchedulerChoice choice) {
        return new GradingSession(courseRoot, clock, version, wallClock, choice, integrity, exploreMatchings);
    }

    /** This session answering what a run's program tried as {@code setting} says (default: {@link IntegritySetting#FLAG}). */
    public GradingSession withIntegrity(IntegritySetting setting) {
        return new GradingSession(courseRoot, clock, version, wallClock, scheduler, setting, exploreMatchings);
    }

    /**
     * This session without the runs under other matchings of wildcard receives (docs/matching.md): a race is then
     * found only when the machine's timing shows it. For measuring what the exploration costs, not for grading.
     */
    public GradingSession withoutMatchingExploration() {
        return new GradingSession(courseRoot, clock, version, wallClock, scheduler, integrity, false);
    }

    /** This session with {@code rounds} rounds per wall-clock speedup row (0: none), timed on this machine's cores. */
    public GradingSession withWallRounds(int rounds) {
        return withWallClock(WallClockSettings.alone(rounds, Runtime.getRuntime().availableProcessors()));
    }

    /** The reference source this copy of the course offers, for {@code export-student} to record; close it after. */
    public ReferenceSource referenceSource(Path scratch) {
        MpjInstallation mpj = MpjInstallation.locate(System.getenv(), cacheDir());
        Launcher launcher = new Launcher(mpj, Sandbox.detect(), scratch.resolve("runs"));
        return references(launcher, new SourceCompiler(List.of(mpj.mpjJar())), scratch, new RunGate());
    }

    private static Path cacheDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "mpj-grader-cache");
    }

    /**
     * Grades {@code submission}, as many runs at once as the machine has cores; MPJ Express missing makes every run {@code NOT_GRADED}, with the reason.
     *
     * @param hidden whether to add the hidden runs (where this copy of the course has the reference solutions)
     */
    public GradingResult grade(Path submission, List<ExerciseSpec> exercises, long seed, boolean hidden, Path scratch,
                               GradingListener listener) {
        try (SubmissionGrader grader = open(scratch, Runtime.getRuntime().availableProcessors() + 1)) {
            return grader.grade(submission, exercises, seed, hidden, listener);
        }
    }

    /**
     * The grader ready for many submissions, one after another or at once from several threads: one sandbox,
     * one launcher, and the reference solutions run once per input for all of them. Each submission's runs
     * go one at a time (a batch's workers already keep the cores busy).
     */
    public SubmissionGrader open(Path scratch) {
        return open(scratch, 1);
    }

    /** As {@link #open(Path)}, with up to {@code concurrentRuns} runs of a submission at once. */
    public SubmissionGrader open(Path scratch, int concurrentRuns) {
        Sandbox sandbox = Sandbox.detect();
        MpjInstallation mpj;
        try {
            mpj = MpjInstallation.locate(System.getenv(), cacheDir());
        } catch (MpjNotFoundException e) {
            GradingEnvironment environment = GradingEnvironment.current(version, "missing", sandbox.description());
            return new SubmissionGrader() {
                @Override
                public GradingResult grade(Path submission, List<ExerciseSpec> exercises, long seed, boolean hidden,
                                           GradingListener listener) {
                    return Grader.notGraded(submission.getFileName().toString(), exercises, seed, e.getMessage(),
                        clock, environment, listener);
                }

                @Override
                public GradingEnvironment environment() {
                    return environment;
                }
            };
        }
        Launcher launcher = new Launcher(mpj, sandbox, scratch.resolve("runs"));
        SourceCompiler compiler = new SourceCompiler(List.of(mpj.mpjJar()));
        ScriptRunner scripts = new ScriptRunner(mpj, sandbox, scratch.resolve("jobs"));
        GradingEnvironment environment = GradingEnvironment.current(version, mpj.description(), sandbox.description());
        RunGate gate = new RunGate();
        return new Grader(launcher::pool, batchJobs(scripts, scratch), references(launcher, compiler, scratch, gate), compiler,
            scratch, clock, environment, gate, concurrentRuns, wallClock, integrity, exploreMatchings);
    }

    /** Who runs lesson 11's jobs: a reachable SLURM unless the simulation is asked for, else the simulation. */
    private ScriptExecutor batchJobs(ScriptRunner simulation, Path scratch) {
        if (scheduler == SchedulerChoice.SIMULATION) {
            return simulation::run;
        }
        Optional<SlurmCluster> cluster = SlurmCluster.find();
        if (cluster.isPresent()) {
            return ScriptExecutor.on(new SlurmJobRunner(cluster.get(), simulation, scratch.resolve("slurm-jobs"), clock));
        }
        if (scheduler == SchedulerChoice.SLURM) {
            return new ScriptExecutor() {
                @Override
                public ScriptResult run(ScriptRequest request) {
                    throw new UncheckedIOException(new IOException("no SLURM scheduler is reachable (scontrol ping "
                        + "fails or sbatch is not on the PATH), and --scheduler slurm asks for one: ci/install-slurm "
                        + "starts a one-node cluster"));
                }

                @Override
                public String scheduler() {
                    return SchedulerRun.SLURM;
                }
            };
        }
        return simulation::run;
    }

    private ReferenceSource references(Launcher launcher, SourceCompiler compiler, Path scratch, RunGate gate) {
        Path solutions = courseRoot.resolve(SOLUTIONS);
        if (Files.isDirectory(solutions)) {
            return new SolutionReference(solutions, launcher.pool(), compiler, scratch.resolve("reference"), gate);
        }
        Path recorded = courseRoot.resolve(RECORDED);
        if (Files.isRegularFile(recorded)) {
            return RecordedReference.read(recorded);
        }
        return ReferenceSource.unavailable("this copy of the course has neither the reference solutions ("
            + SOLUTIONS + ") nor their recorded output (" + RECORDED + ")");
    }
}
