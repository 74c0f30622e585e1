package org.mpjgrader.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.mpjgrader.export.StudentRepository;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.grading.ReferenceSource;
import org.mpjgrader.spec.Course;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code grade export-student DIR}: writes the repository students get. */
@Command(name = "export-student", mixinStandardHelpOptions = true,
    description = {"Writes the repository a student gets into DIR: exercises, tasks, the harness and the visible "
        + "checks with the reference solutions' output recorded for them; no solutions, no hidden inputs."})
final class ExportStudentCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "where to write it (must not exist, or be empty)")
    Path target;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Course course;
    private final Path courseRoot;
    private final PrintStream out;

    ExportStudentCommand(Course course, Path courseRoot, PrintStream out) {
        this.course = course;
        this.courseRoot = courseRoot;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(courseRoot.resolve(GradingSession.SOLUTIONS))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "export-student needs the reference solutions, and " + courseRoot + " has none");
        }
        if (Files.isDirectory(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), target + " is not empty");
                }
            }
        }
        Path scratch = Files.createTempDirectory("mpj-grader-export-");
        try (ReferenceSource references = new GradingSession(courseRoot, Clock.systemUTC(),
                 GradeCommand.Version.current()).referenceSource(scratch)) {
            new StudentRepository(courseRoot).export(target, course.exercises(), references);
        } finally {
            FileTrees.deleteTree(scratch);
        }
        out.println("Wrote the students' repository to " + target + " (test it with: cd " + target + " && ci/test)");
        return 0;
    }
}
