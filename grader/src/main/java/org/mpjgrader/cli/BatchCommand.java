package org.mpjgrader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.mpjgrader.batch.BatchGrader;
import org.mpjgrader.batch.BatchOutput;
import org.mpjgrader.batch.BatchSettings;
import org.mpjgrader.batch.ClassFolder;
import org.mpjgrader.batch.ClassReports;
import org.mpjgrader.batch.ProgressBarDisplay;
import org.mpjgrader.batch.Shard;
import org.mpjgrader.batch.SlurmClassGrading;
import org.mpjgrader.batch.SlurmClassPlan;
import org.mpjgrader.batch.SlurmJobScripts;
import org.mpjgrader.batch.StudentSubmission;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.grading.SubmissionGrader;
import org.mpjgrader.grading.WallClockSettings;
import org.mpjgrader.launch.SlurmCluster;
import org.mpjgrader.report.FeedbackMarkdown;
import org.mpjgrader.report.JunitXmlReport;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grade batch SUBMISSIONS --output DIR}: grades a whole class, resumably. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Grades every student's submission in a folder (one entry per student: a folder, a .zip or a "
        + "bare git repository) into OUTPUT: students/NAME/ (result.json, feedback.md, junit/), gradebook.csv and "
        + ".json, summary.html with its charts, similarity.csv. Run it again to resume: students already graded "
        + "are kept.",
        "With --slurm the class is graded on a SLURM cluster as a job array of shares and a merge job, into the same "
            + "OUTPUT; a share that fails is submitted once more before the merge.",
        "Exit status: 0 every student graded, 4 some not graded (machine or grader fault), 2 bad command line."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SUBMISSIONS", description = "the class folder: one entry per student")
    Path submissions;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "where everything goes")
    Path output;

    @Option(names = "--workers", paramLabel = "N",
        description = "students graded at once (default: twice the machine's cores)")
    Integer workers;

    @Option(names = "--regrade", description = "grade every student again, even those already graded in OUTPUT")
    boolean regrade;

    @Option(names = "--shard", paramLabel = "K/N",
        description = "grade only the K-th of N shares of the class (needs --seed); join the outputs with 'merge'")
    String shard;

    @Option(names = "--seed", paramLabel = "N",
        description = "the seed of the hidden inputs (default: OUTPUT's, or a new one)")
    Long seed;

    @CommandLine.Mixin
    ExerciseSelection selection = new ExerciseSelection();

    @Option(names = "--wall-rounds", paramLabel = "R",
        description = "rounds of timed runs per wall-clock speedup row, as in grade (default: 0, no such rows); with "
            + "more than one worker the rows are INCONCLUSIVE, as other students' runs share the machine")
    int wallRounds;

    @Option(names = "--no-similarity", description = "skip the similarity report (JPlag)")
    boolean noSimilarity;

    @Option(names = "--scheduler", paramLabel = "KIND",
        description = "who runs lesson 11's batch jobs: auto (a reachable SLURM, else the grader's simulation), "
            + "slurm or simulation (default: ${DEFAULT-VALUE})")
    String scheduler = "auto";

    @Option(names = "--integrity", paramLabel = "SETTING",
        description = "what a run whose program tried what the sandbox denies or the grader forbids gets: flag (it is "
            + "reported; a forged result fails the run) or zero (every such run fails with 0 points) "
            + "(default: ${DEFAULT-VALUE})")
    String integrity = "flag";

    @Option(names = "--slurm",
        description = "grade on the SLURM cluster this machine reaches: a job array of shares (OUTPUT/share-K), then "
            + "a job merging them into OUTPUT; the job scripts stay in OUTPUT/slurm/")
    boolean slurm;

    @Option(names = "--partition", paramLabel = "P", description = "with --slurm: the jobs' partition (default: the "
        + "cluster's)")
    String partition;

    @Option(names = "--array-size", paramLabel = "N",
        description = "with --slurm: how many shares, one array task each (default: the students, at most 8)")
    Integer arraySize;

    @Option(names = "--no-wait", description = "with --slurm: submit, print the jobs and the merge command, and return")
    boolean noWait;

    @Option(names = "--scratch", paramLabel = "DIR", hidden = true, description = "where temporary files go")
    Path scratch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Course course;
    private final Path courseRoot;
    private final PrintStream out;
    private final PrintStream err;

    BatchCommand(Course course, Path courseRoot, PrintStream out, PrintStream err) {
        this.course = course;
        this.courseRoot = courseRoot;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(submissions)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such class folder: " + submissions);
        }
        List<ExerciseSpec> exercises = selection.exercises(course, spec.commandLine());
        if (slurm) {
            return gradeOnSlurm(exercises);
        }
        if (partition != null || arraySize != null || noWait) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--partition, --array-size and --no-wait go with --slurm");
        }
        Shard share = parseShard();
        BatchOutput batch = new BatchOutput(output);
        BatchSettings settings = settings(batch, exercises, share);
        List<StudentSubmission> students = share.select(ClassFolder.discover(submissions));
        // Twice the cores by default: many runs are short or sleep (master-slave's jobs), so a core per worker idles.
        int pool = workers != null ? workers : 2 * Runtime.getRuntime().availableProcessors();
        if (pool < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--workers must be at least 1");
        }
        if (wallRounds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--wall-rounds must be 0 or more");
        }
        boolean ownScratch = scratch == null;
        Path work = ownScratch ? Files.createTempDirectory("mpj-grader-batch-") : scratch;
        long start = System.nanoTime();
        try (ProgressBarDisplay progress = new ProgressBarDisplay(err);
             SubmissionGrader submissions = new GradingSession(courseRoot, Clock.systemUTC(),
                 GradeCommand.Version.current()).withWallClock(wallClock(pool))
                 .withScheduler(GradeCommand.schedulerChoice(scheduler, spec))
                 .withIntegrity(GradeCommand.integritySetting(integrity, spec)).open(work)) {
            BatchGrader grader = new BatchGrader(submissions, exercises, settings, batch,
                BatchCommand::studentReports, work.resolve("students"),
                Clock.systemUTC());
            BatchGrader.Outcome outcome = grader.grade(students, pool, regrade, progress);
            progress.close();
            boolean similarity = !noSimilarity && share.equals(Shard.ALL);
            ClassReports.write(batch, settings, similarity ? students : null,
                courseRoot.resolve("exercises/src/main/java"), work);
            out.printf("graded %d students (%d kept from an earlier run, %d not graded) in %.1f s%n",
                outcome.graded(), outcome.kept(), outcome.notGraded(), (System.nanoTime() - start) / 1e9);
            out.println("gradebook: " + output.resolve("gradebook.csv") + "; summary: "
                + output.resolve("summary.html"));
            return outcome.notGraded() == 0 ? GradeCommand.ALL_PASSED : GradeCommand.NOT_GRADED;
        } finally {
            if (ownScratch) {
                FileTrees.deleteTree(work);
            }
        }
    }

    /** The class as a SLURM job array of shares and a merge job: submitted, then watched unless --no-wait. */
    private int gradeOnSlurm(List<ExerciseSpec> exercises) {
        if (shard != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--slurm makes its own shares: leave out --shard");
        }
        List<StudentSubmission> students = ClassFolder.discover(submissions);
        if (students.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the class folder holds no submission: "
                + submissions);
        }
        int shares = arraySize != null ? arraySize : Math.min(students.size(), 8);
        if (shares < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--array-size must be at least 1");
        }
        if (wallRounds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--wall-rounds must be 0 or more");
        }
        GradeCommand.schedulerChoice(scheduler, spec);
        GradeCommand.integritySetting(integrity, spec);
        SlurmCluster cluster = SlurmCluster.find().orElseThrow(() -> new CommandLine.ParameterException(
            spec.commandLine(), "no SLURM cluster is reachable (scontrol ping): grade on this machine without "
                + "--slurm, or start one with ci/install-slurm"));
        BatchSettings settings = settings(new BatchOutput(output), exercises, Shard.ALL);
        SlurmClassPlan plan = new SlurmClassPlan(courseRoot, submissions, output, shares, settings.seed(),
            Optional.ofNullable(partition), graderCommand(), shareOptions(),
            noSimilarity ? List.of("--no-similarity") : List.of(),
            System.getenv("MPJ_HOME") == null ? Map.of() : Map.of("MPJ_HOME", System.getenv("MPJ_HOME")));
        SlurmClassGrading grading = new SlurmClassGrading(cluster, Clock.systemUTC(), Duration.ofSeconds(1), out);
        long start = System.nanoTime();
        SlurmClassGrading.Submitted jobs;
        try {
            jobs = grading.submit(plan, !noWait);
        } catch (java.io.UncheckedIOException e) {
            err.println("grade: the class was not submitted: " + e.getCause().getMessage());
            return GradeCommand.NOT_GRADED;
        }
        out.printf("submitted %d students as job array %d (%d shares, seed %d) and merge job %d; job scripts in %s%n",
            students.size(), jobs.arrayId(), shares, settings.seed(), jobs.mergeId(), plan.scripts());
        if (noWait) {
            out.println("the merge job writes " + plan.output() + " when every share has ended; a share that failed "
                + "is graded again with 'sbatch --array=K " + jobs.scripts().shard() + "', then merge again with:");
            out.println("  grader/grade " + SlurmJobScripts.quoted(plan.mergeArguments()));
            return GradeCommand.ALL_PASSED;
        }
        // A grader stopped while it waits must not leave the merge held forever: it then merges what was graded.
        Thread release = new Thread(() -> cluster.release(jobs.mergeId()), "release-merge-job");
        Runtime.getRuntime().addShutdownHook(release);
        SlurmClassGrading.Outcome outcome;
        boolean finished = false;
        try {
            outcome = grading.finish(plan, jobs);
            finished = true;
        } finally {
            Runtime.getRuntime().removeShutdownHook(release);
            if (!finished) {
                cluster.release(jobs.mergeId());
            }
        }
        out.printf("graded %d students on SLURM (%d not graded%s) in %.1f s%n", outcome.students(),
            outcome.notGraded(), outcome.resubmitted().isEmpty() ? "" : "; shares submitted again: "
                + outcome.resubmitted().stream().map(String::valueOf).collect(Collectors.joining(", ")),
            (System.nanoTime() - start) / 1e9);
        outcome.problem().ifPresent(problem -> err.println("grade: " + problem));
        out.println("gradebook: " + output.resolve("gradebook.csv") + "; summary: " + output.resolve("summary.html"));
        return outcome.notGraded() == 0 && outcome.problem().isEmpty() ? GradeCommand.ALL_PASSED
            : GradeCommand.NOT_GRADED;
    }

    /** This grader as a job starts it: the same Java and class path, on a node that sees the same files. */
    private List<String> graderCommand() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dcourse.root=" + courseRoot.toAbsolutePath().normalize(), "-cp", absolute(System.getProperty("java.class.path")),
            Main.class.getName());
    }

    /** The class path with every entry absolute, as a job may start in another folder. */
    private static String absolute(String classPath) {
        return List.of(classPath.split(java.io.File.pathSeparator)).stream()
            .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
            .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    /** What every share is graded with, as on this command line (the shard, seed and workers aside). */
    private List<String> shareOptions() {
        List<String> options = new ArrayList<>();
        if (!selection.only.isEmpty()) {
            options.addAll(List.of("--only", String.join(",", selection.only)));
        }
        if (selection.timeLimitSeconds != null) {
            options.addAll(List.of("--time-limit", selection.timeLimitSeconds.toString()));
        }
        if (selection.visibleOnly) {
            options.add("--visible-only");
        }
        if (selection.noParallelRuns) {
            options.add("--no-parallel-runs");
        }
        if (wallRounds > 0) {
            options.addAll(List.of("--wall-rounds", Integer.toString(wallRounds)));
        }
        if (!integrity.equals("flag")) {
            options.addAll(List.of("--integrity", integrity));
        }
        if (!scheduler.equals("auto")) {
            options.addAll(List.of("--scheduler", scheduler));
        }
        if (regrade) {
            options.add("--regrade");
        }
        return options;
    }

    /** The wall-clock rows' settings: with several workers, other students' runs share the machine with them. */
    private WallClockSettings wallClock(int workers) {
        WallClockSettings alone = WallClockSettings.alone(wallRounds, Runtime.getRuntime().availableProcessors());
        return workers == 1 ? alone : alone.besideOthers(workers + " students are graded at once (--workers "
            + workers + "), so their gradings share the machine with these runs; grade with --workers 1 to time them");
    }

    static List<GradingListener> studentReports(Path folder) {
        return List.of(new FeedbackMarkdown(folder.resolve("feedback.md")), new JunitXmlReport(folder.resolve("junit")));
    }

    private Shard parseShard() {
        if (shard == null) {
            return Shard.ALL;
        }
        try {
            Shard parsed = Shard.parse(shard);
            if (seed == null && !parsed.equals(Shard.ALL)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                    "--shard needs --seed, so that every share is graded with the same hidden inputs");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
        }
    }

    /** This batch's settings; a folder graded before keeps its own unless {@code --regrade}. */
    private BatchSettings settings(BatchOutput batch, List<ExerciseSpec> exercises, Shard share) {
        List<String> ids = exercises.stream().map(ExerciseSpec::id).toList();
        var earlier = batch.settings();
        long chosen = seed != null ? seed
            : earlier.map(BatchSettings::seed).orElseGet(() -> new SecureRandom().nextLong() & Long.MAX_VALUE);
        BatchSettings wanted = new BatchSettings(chosen, ids, selection.hidden(), selection.timeLimit(),
            selection.parallelRuns());
        if (earlier.isPresent() && !earlier.get().equals(wanted) && !regrade) {
            throw new CommandLine.ParameterException(spec.commandLine(), output + " was graded with other settings ("
                + earlier.get() + "): use another --output, the same options, or --regrade");
        }
        return wanted;
    }
}
