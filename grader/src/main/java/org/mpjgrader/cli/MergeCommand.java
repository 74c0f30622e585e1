package org.mpjgrader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mpjgrader.batch.BatchOutput;
import org.mpjgrader.batch.BatchSettings;
import org.mpjgrader.batch.ClassFolder;
import org.mpjgrader.batch.ClassReports;
import org.mpjgrader.batch.StudentSubmission;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.grading.Grader;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.report.JsonReport;
import org.mpjgrader.result.GradingEnvironment;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grade merge --output DIR PART...}: joins the outputs of a batch's shares into one. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Joins the outputs of 'batch --shard K/N' runs into one output folder: the students' results, "
        + "one gradebook, one summary. The parts must have been graded with the same settings (seed, exercises). "
        + "With --submissions, a student of the class that no part graded (a share that failed, a part that does "
        + "not exist) is in the gradebook as NOT_GRADED, with why.",
        "Exit status: 0 merged, 4 some students not graded, 2 bad command line or parts that do not fit together."})
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PART", arity = "1..*", description = "output folders of the shares")
    List<Path> parts = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the joined output")
    Path output;

    @Option(names = "--submissions", paramLabel = "DIR",
        description = "the class folder: its students no part graded are NOT_GRADED, and the similarity report "
            + "spans all shares (default: none)")
    Path submissions;

    @Option(names = "--no-similarity", description = "skip the similarity report (JPlag) even with --submissions")
    boolean noSimilarity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Course course;
    private final Path courseRoot;
    private final PrintStream out;

    MergeCommand(Course course, Path courseRoot, PrintStream out) {
        this.course = course;
        this.courseRoot = courseRoot;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (parts.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize()))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output must be a folder of its own, not a part");
        }
        if (submissions != null && !Files.isDirectory(submissions)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such class folder: " + submissions);
        }
        // A part that does not exist is a share that never ran: with the class known, its students are reported.
        List<Path> present = parts.stream().filter(p -> submissions == null || Files.exists(p)).toList();
        if (present.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "none of the parts exists: " + parts);
        }
        BatchOutput merged = new BatchOutput(output);
        BatchSettings settings = commonSettings(present);
        merged.writeSettings(settings);
        java.util.Set<String> students = new java.util.HashSet<>();
        for (Path part : present) {
            BatchOutput share = new BatchOutput(part);
            for (String student : share.gradedStudents()) {
                if (!students.add(student)) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                        "student " + student + " is in more than one part (again in " + part + ")");
                }
                Path target = merged.studentFolder(student);
                FileTrees.deleteTree(target);
                FileTrees.copyTree(share.studentFolder(student), target);
            }
        }
        List<StudentSubmission> klass = submissions == null ? null : ClassFolder.discover(submissions);
        List<String> missing = klass == null ? List.of() : klass.stream().map(StudentSubmission::student)
            .filter(s -> !students.contains(s)).toList();
        for (String student : missing) {
            reportNotGraded(merged, student, settings);
        }
        Path work = Files.createTempDirectory("mpj-grader-merge-");
        try {
            ClassReports.write(merged, settings, noSimilarity ? null : klass,
                courseRoot.resolve("exercises/src/main/java"), work);
        } finally {
            FileTrees.deleteTree(work);
        }
        out.printf("merged %d students from %d parts into %s%n", students.size(), present.size(), output);
        if (!missing.isEmpty()) {
            out.printf("%d students of the class are in no part, reported NOT_GRADED: %s%n", missing.size(),
                String.join(", ", missing));
        }
        boolean allGraded = merged.results().stream().noneMatch(r -> r.result().anyNotGraded());
        return allGraded ? GradeCommand.ALL_PASSED : GradeCommand.NOT_GRADED;
    }

    /** A student no part graded: a NOT_GRADED result (the machine's fault) with why, rather than no row at all. */
    private void reportNotGraded(BatchOutput merged, String student, BatchSettings settings) throws IOException {
        Path folder = merged.studentFolder(student);
        FileTrees.deleteTree(folder);
        Files.createDirectories(folder);
        List<ExerciseSpec> exercises = settings.exercises().stream().map(id -> course.find(id).orElseThrow(
            () -> new CommandLine.ParameterException(spec.commandLine(), "the parts grade an unknown exercise " + id)))
            .toList();
        List<GradingListener> reports = new ArrayList<>(BatchCommand.studentReports(folder));
        reports.add(new JsonReport(merged.resultFile(student)));
        Grader.notGraded(student, exercises, settings.seed(), "no part of the merge holds this student's "
                + "grading: the share that should have graded it did not finish (grade it again with batch)",
            Clock.systemUTC(), GradingEnvironment.current(GradeCommand.Version.current(), "none", "none: not run"),
            GradingListener.all(reports));
    }

    private BatchSettings commonSettings(List<Path> present) {
        BatchSettings common = null;
        for (Path part : present) {
            Optional<BatchSettings> settings = new BatchOutput(part).settings();
            if (settings.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), part + " is not a batch's output");
            }
            if (common != null && !common.equals(settings.get())) {
                throw new CommandLine.ParameterException(spec.commandLine(), part + " was graded with other settings ("
                    + settings.get() + ") than the others (" + common + ")");
            }
            common = settings.get();
        }
        return common;
    }
}
