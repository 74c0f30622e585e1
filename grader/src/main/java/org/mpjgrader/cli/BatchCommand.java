package org.mpjgrader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.mpjgrader.batch.BatchGrader;
import org.mpjgrader.batch.BatchOutput;
import org.mpjgrader.batch.BatchSettings;
import org.mpjgrader.batch.ClassFolder;
import org.mpjgrader.batch.ClassReports;
import org.mpjgrader.batch.ProgressBarDisplay;
import org.mpjgrader.batch.Shard;
import org.mpjgrader.batch.StudentSubmission;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.grading.SubmissionGrader;
import org.mpjgrader.grading.WallClockSettings;
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
                 .withScheduler(GradeCommand.schedulerChoice(scheduler, spec)).open(work)) {
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
