package org.mpjgrader.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mpjgrader.batch.BatchOutput;
import org.mpjgrader.batch.BatchSettings;
import org.mpjgrader.batch.ClassFolder;
import org.mpjgrader.batch.ClassReports;
import org.mpjgrader.files.FileTrees;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grade merge --output DIR PART...}: joins the outputs of a batch's shares into one. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Joins the outputs of 'batch --shard K/N' runs into one output folder: the students' results, "
        + "one gradebook, one summary. The parts must have been graded with the same settings (seed, exercises).",
        "Exit status: 0 merged, 2 bad command line or parts that do not fit together."})
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PART", arity = "1..*", description = "output folders of the shares")
    List<Path> parts = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the joined output")
    Path output;

    @Option(names = "--submissions", paramLabel = "DIR",
        description = "the class folder, for the similarity report across all shares (default: none)")
    Path submissions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Path courseRoot;
    private final PrintStream out;

    MergeCommand(Path courseRoot, PrintStream out) {
        this.courseRoot = courseRoot;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (parts.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize()))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output must be a folder of its own, not a part");
        }
        BatchOutput merged = new BatchOutput(output);
        BatchSettings settings = commonSettings();
        merged.writeSettings(settings);
        java.util.Set<String> students = new java.util.HashSet<>();
        for (Path part : parts) {
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
        Path work = Files.createTempDirectory("mpj-grader-merge-");
        try {
            ClassReports.write(merged, settings, submissions == null ? null : ClassFolder.discover(submissions),
                courseRoot.resolve("exercises/src/main/java"), work);
        } finally {
            FileTrees.deleteTree(work);
        }
        out.printf("merged %d students from %d parts into %s%n", students.size(), parts.size(), output);
        return 0;
    }

    private BatchSettings commonSettings() {
        BatchSettings common = null;
        for (Path part : parts) {
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
