package org.mpjgrader.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.grading.CourseVerification;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.grading.SubmissionGrader;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExercisePackage;
import org.mpjgrader.spec.PackageProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verify-course [PATH]}: proves every exercise package of a course right, and prints a table. */
@Command(name = "verify-course", mixinStandardHelpOptions = true,
    description = {"Checks every exercise package (course/<id>/exercise.yaml) against the schema, then grades "
        + "each reference (full marks at every rank count, two seeds), each untouched skeleton (NOT_IMPLEMENTED) "
        + "and each sample (the verdict its folder names).",
        "Exit status: 0 every package right, 3 a grade other than the package says, 2 a package that cannot be "
            + "read (file:line:column: what was expected), 4 not graded (machine fault)."})
final class VerifyCourseCommand implements Callable<Integer> {
    private static final String ROW = "%-20s %-48s %-18s %-18s %s%n";

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "the course's root (default: this course)")
    Path path;

    @CommandLine.Option(names = "--only", paramLabel = "ID", split = ",", description = "verify only these packages")
    List<String> only = new ArrayList<>();

    @CommandLine.Option(names = "--workers", paramLabel = "N",
        description = "submissions graded at once (default: twice the machine's cores)")
    Integer workers;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Path courseRoot;
    private final PrintStream out;
    private final PrintStream err;

    VerifyCourseCommand(Path courseRoot, PrintStream out, PrintStream err) {
        this.courseRoot = courseRoot;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        // As a batch grades students: twice the cores, each submission's runs one at a time.
        int pool = workers != null ? workers : 2 * Runtime.getRuntime().availableProcessors();
        if (pool < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--workers must be at least 1");
        }
        Path root = path != null ? path : courseRoot;
        Course.Reading reading = Course.read(root);
        out.printf(ROW, "exercise", "what", "expected", "got", "");
        for (PackageProblem problem : reading.problems()) {
            out.printf(ROW, packageName(problem.file()), "package", "valid", "invalid", "INVALID");
            err.println(problem);
        }
        if (!reading.problems().isEmpty()) {
            return GradeCommand.BAD_COURSE;
        }
        List<ExercisePackage> chosen = reading.packages().stream()
            .filter(exercise -> only.isEmpty() || only.contains(exercise.id())).toList();
        List<CourseVerification.Row> rows;
        Path scratch = Files.createTempDirectory("mpj-grader-verify-");
        try (SubmissionGrader grader = new GradingSession(root, Clock.systemUTC(), GradeCommand.Version.current())
                 .open(scratch)) {
            rows = new CourseVerification(root, grader, this::print).verify(chosen, pool);
        } finally {
            FileTrees.deleteTree(scratch);
        }
        long wrong = rows.stream().filter(r -> !r.ok()).count();
        out.println(wrong == 0 ? "verify-course: every package is right (" + rows.size() + " checks)"
            : "verify-course: " + wrong + " of " + rows.size() + " checks got another grade than the package says");
        if (rows.stream().anyMatch(r -> !r.ok() && r.notGraded())) {
            return GradeCommand.NOT_GRADED;
        }
        return wrong == 0 ? GradeCommand.ALL_PASSED : GradeCommand.SOME_FAILED;
    }

    private void print(CourseVerification.Row row) {
        out.printf(ROW, row.exercise(), row.what(), row.expected(), row.got(), row.ok() ? "ok" : "MISMATCH");
        if (!row.ok()) {
            out.println("  " + row.detail());
        }
    }

    /** The package's folder name, which is its id. */
    private static String packageName(Path file) {
        Path folder = file.getParent();
        return folder == null ? file.toString() : folder.getFileName().toString();
    }
}
