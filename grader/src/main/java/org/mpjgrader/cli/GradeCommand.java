package org.mpjgrader.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.grading.IntegritySetting;
import org.mpjgrader.grading.SchedulerChoice;
import org.mpjgrader.grading.WallClockSettings;
import org.mpjgrader.report.ConsoleReport;
import org.mpjgrader.report.FeedbackMarkdown;
import org.mpjgrader.report.GradescopeReport;
import org.mpjgrader.report.JsonReport;
import org.mpjgrader.report.JunitXmlReport;
import org.mpjgrader.report.ParallelCharts;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.spec.PackageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grade [SUBMISSION] [--only ID] [--json FILE] [--seed N]}: grades one submission. */
@Command(name = "grade", mixinStandardHelpOptions = true, versionProvider = GradeCommand.Version.class,
    description = {"Grades a submission of the MPJ Express course: compiles it, runs every exercise at its rank "
        + "counts in MPJ Express multicore mode and checks the output.",
        "Exit status: 0 everything passed, 3 something did not pass, 4 not graded (machine fault), "
            + "2 bad command line, 1 a bug of the grader."},
    sortOptions = false)
public final class GradeCommand implements Callable<Integer> {
    static final int ALL_PASSED = 0;
    static final int SOME_FAILED = 3;
    static final int NOT_GRADED = 4;
    /** A course package that cannot be read, as a bad command line: the user's input, not a bug. */
    static final int BAD_COURSE = 2;

    @Parameters(arity = "0..1", paramLabel = "SUBMISSION",
        description = "a folder of .java files in package folders, or a .zip of one (default: the course's exercises/)")
    Path submission;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the result as JSON to FILE")
    Path json;

    @Option(names = "--junit", paramLabel = "DIR",
        description = "also write JUnit XML (Surefire's format), a TEST-<exercise>.xml per exercise, to DIR")
    Path junit;

    @Option(names = "--gradescope", paramLabel = "FILE",
        description = "also write Gradescope's results.json to FILE")
    Path gradescope;

    @Option(names = "--feedback", paramLabel = "FILE",
        description = "also write the student's feedback as Markdown to FILE")
    Path feedback;

    @Option(names = "--charts", paramLabel = "DIR",
        description = "also draw each exercise's speedups and its ranks' communication (PNG, with index.html) in DIR")
    Path charts;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of the hidden inputs (default: a new one)")
    Long seed;

    @CommandLine.Mixin
    ExerciseSelection selection = new ExerciseSelection();

    @Option(names = "--wall-rounds", paramLabel = "R",
        description = "rounds of timed runs (the reference's and yours, at 1 rank and at N, in turns) per wall-clock "
            + "speedup row; 0: no such rows (default: ${DEFAULT-VALUE}). The rows carry no points; where the machine "
            + "cannot show a speedup they are INCONCLUSIVE")
    int wallRounds = WallClockSettings.DEFAULT_ROUNDS;

    @Option(names = "--scheduler", paramLabel = "KIND",
        description = "who runs lesson 11's batch job: auto (a reachable SLURM, else the grader's simulation), "
            + "slurm or simulation (default: ${DEFAULT-VALUE})")
    String scheduler = "auto";

    @Option(names = "--integrity", paramLabel = "SETTING",
        description = "what a run whose program tried what the sandbox denies or the grader forbids gets: flag (it is "
            + "reported; a forged result fails the run) or zero (every such run fails with 0 points) "
            + "(default: ${DEFAULT-VALUE})")
    String integrity = "flag";

    @Option(names = "--scratch", paramLabel = "DIR", hidden = true,
        description = "where workspaces and runs go (default: a new temporary folder)")
    Path scratch;

    @Option(names = "--no-matching-exploration", hidden = true,
        description = "do not run a run that may race again under other matchings of its wildcard receives: for "
            + "measuring what that costs (docs/matching.md), not for grading")
    boolean noMatchingExploration;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Course course;
    private final Path courseRoot;
    private final PrintStream out;

    GradeCommand(Course course, Path courseRoot, PrintStream out) {
        this.course = course;
        this.courseRoot = courseRoot;
        this.out = out;
    }

    /** {@code --integrity}'s value: flag or zero, in any case. */
    static IntegritySetting integritySetting(String value, CommandLine.Model.CommandSpec spec) {
        try {
            return IntegritySetting.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--integrity must be flag or zero, not '" + value + "'");
        }
    }

    /** {@code --scheduler}'s value: auto, slurm or simulation, in any case. */
    static SchedulerChoice schedulerChoice(String value, CommandLine.Model.CommandSpec spec) {
        try {
            return SchedulerChoice.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--scheduler must be auto, slurm or simulation, not '" + value + "'");
        }
    }

    @Override
    public Integer call() throws Exception {
        List<ExerciseSpec> exercises = selectedExercises();
        if (wallRounds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--wall-rounds must be 0 or more");
        }
        Path target = submission != null ? submission : courseRoot.resolve("exercises");
        if (!Files.exists(target)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such submission: " + target);
        }
        SchedulerChoice schedulerChoice = schedulerChoice(scheduler, spec);
        IntegritySetting integritySetting = integritySetting(integrity, spec);
        long usedSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        List<GradingListener> listeners = new ArrayList<>(List.of(new ConsoleReport(out)));
        if (json != null) {
            listeners.add(new JsonReport(json));
        }
        if (junit != null) {
            listeners.add(new JunitXmlReport(junit));
        }
        if (gradescope != null) {
            listeners.add(new GradescopeReport(gradescope, course.settings().hiddenInputValues()));
        }
        if (charts != null) {
            listeners.add(new ParallelCharts(charts));
        }
        if (feedback != null) {
            listeners.add(new FeedbackMarkdown(feedback));
        }
        GradingListener listener = GradingListener.all(listeners);
        boolean ownScratch = scratch == null;
        Path work = ownScratch ? Files.createTempDirectory("mpj-grader-") : scratch;
        try {
            GradingSession session = new GradingSession(courseRoot, Clock.systemUTC(), Version.current())
                .withWallRounds(wallRounds).withScheduler(schedulerChoice).withIntegrity(integritySetting);
            GradingResult result = (noMatchingExploration ? session.withoutMatchingExploration() : session)
                .grade(target, exercises, usedSeed, selection.hidden(), work, listener);
            if (result.anyNotGraded()) {
                return NOT_GRADED;
            }
            return result.allPassed() ? ALL_PASSED : SOME_FAILED;
        } finally {
            if (ownScratch) {
                FileTrees.deleteTree(work);
            }
        }
    }

    private List<ExerciseSpec> selectedExercises() {
        return selection.exercises(course, spec.commandLine());
    }

    /** The exercise ids, for {@code --only}'s help. */
    static final class ExerciseIds extends ArrayList<String> {
        ExerciseIds() {
            super(idsOrNone());
        }

        /** A course that cannot be read lists none: the command says what is wrong with it. */
        private static List<String> idsOrNone() {
            try {
                return Course.standard().ids();
            } catch (PackageException e) {
                return List.of();
            }
        }
    }

    /** The grader's version, from its jar's manifest ({@code dev} when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        static String current() {
            String version = GradeCommand.class.getPackage().getImplementationVersion();
            return version == null ? "dev" : version;
        }

        @Override
        public String[] getVersion() {
            return new String[] {"mpj-grader " + current()};
        }
    }
}
