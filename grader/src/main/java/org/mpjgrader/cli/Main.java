package org.mpjgrader.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.PackageException;
import picocli.CommandLine;

/** {@code grader/grade}'s entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns its exit status; bad input gives 2 with one line and where to read more. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(Path.of(System.getProperty("course.root", ".")), args, out, err);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, for the course at {@code courseRoot}. */
    public static int run(Path courseRoot, String[] args, PrintStream out, PrintStream err) {
        Course course;
        try {
            course = Course.load(courseRoot);
        } catch (PackageException e) {
            if (args.length == 0 || !args[0].equals("verify-course")) {
                err.println("grade: the course cannot be read: " + e.getMessage());
                return GradeCommand.BAD_COURSE;
            }
            course = new Course(List.of()); // verify-course reads the packages itself, and says what is wrong
        }
        CommandLine commandLine = new CommandLine(new GradeCommand(course, courseRoot, out))
            .addSubcommand(new ExportStudentCommand(course, courseRoot, out))
            .addSubcommand(new BatchCommand(course, courseRoot, out, err))
            .addSubcommand(new MergeCommand(course, courseRoot, out))
            .addSubcommand(new VerifyCourseCommand(courseRoot, out, err))
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .setParameterExceptionHandler(Main::badCommandLine)
            .setExecutionExceptionHandler((e, cmd, parsed) -> {
                err.println("grade: internal error of the grader (please report it): " + e);
                e.printStackTrace(err);
                return 1;
            });
        return commandLine.execute(args);
    }

    /**
     * A mistake on the command line: the line that names it, then where the usage is, not the usage itself, whose
     * 50 lines would push the one that matters off the screen.
     */
    private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getParent() == null ? "grader/grade" : "grader/grade " + command.getCommandName();
        command.getErr().println(e.getMessage());
        command.getErr().println("Try '" + name + " --help' for more information.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
