package org.mpjgrader.spec;

import java.nio.file.Path;
import java.util.List;
import org.mpjgrader.check.ContractArguments;
import org.mpjgrader.check.ExerciseCheck;
import org.mpjgrader.check.SlurmScriptCheck;
import org.mpjgrader.launch.RunLimits;
import org.mpjgrader.launch.RunRequest;

/**
 * One exercise of the course.
 *
 * @param id               the id used on the command line and in results ({@code hello})
 * @param lesson           the lesson it belongs to ({@code 07 Hello World})
 * @param mainClass        the class the contract fixes ({@code hello.HelloWorld}); for a batch script, the class
 *                         its job runs
 * @param rankCounts       the rank counts it is graded at
 * @param pointsPerRun     the points of one run at one rank count
 * @param limits           the limits of each run
 * @param check            the check: of a program's output at each rank count, or of a batch script run once
 * @param task             the task text, relative to the repository ({@code exercises/tasks/hello.md})
 * @param visibleArguments the fixed arguments of the visible runs, which students run too
 * @param hiddenInputs     draws the arguments of the hidden runs ({@link InputGenerator#NONE}: no hidden runs)
 * @param collectFiles     files a run writes in its working folder that the check reads (an image)
 * @param parallelRuns     the runs on a large input that judge how the work is spread ({@link ParallelRuns#NONE})
 * @param contractArguments the contract's names of the arguments and those split over the ranks, which a rank
 *                         pattern reads ({@link ContractArguments#NONE}: every whole-number one, by position)
 * @param matchings        the schedules a run that may race is run again under ({@link Matchings#NONE}: not explored)
 */
public record ExerciseSpec(String id, String lesson, String mainClass, List<Integer> rankCounts,
                           double pointsPerRun, RunLimits limits, ExerciseCheck check, String task,
                           List<String> visibleArguments, InputGenerator hiddenInputs, List<String> collectFiles,
                           ParallelRuns parallelRuns, ContractArguments contractArguments, Matchings matchings) {

    public ExerciseSpec {
        rankCounts = List.copyOf(rankCounts);
        visibleArguments = List.copyOf(visibleArguments);
        collectFiles = List.copyOf(collectFiles);
    }

    /** An exercise explored under the default schedules ({@link Matchings#DEFAULT}). */
    public ExerciseSpec(String id, String lesson, String mainClass, List<Integer> rankCounts, double pointsPerRun,
                        RunLimits limits, ExerciseCheck check, String task, List<String> visibleArguments,
                        InputGenerator hiddenInputs, List<String> collectFiles, ParallelRuns parallelRuns,
                        ContractArguments contractArguments) {
        this(id, lesson, mainClass, rankCounts, pointsPerRun, limits, check, task, visibleArguments, hiddenInputs,
            collectFiles, parallelRuns, contractArguments, Matchings.DEFAULT);
    }

    /** An exercise whose arguments the contract does not name. */
    public ExerciseSpec(String id, String lesson, String mainClass, List<Integer> rankCounts, double pointsPerRun,
                        RunLimits limits, ExerciseCheck check, String task, List<String> visibleArguments,
                        InputGenerator hiddenInputs, List<String> collectFiles, ParallelRuns parallelRuns) {
        this(id, lesson, mainClass, rankCounts, pointsPerRun, limits, check, task, visibleArguments, hiddenInputs,
            collectFiles, parallelRuns, ContractArguments.NONE);
    }

    /** An exercise without runs on a large input. */
    public ExerciseSpec(String id, String lesson, String mainClass, List<Integer> rankCounts, double pointsPerRun,
                        RunLimits limits, ExerciseCheck check, String task, List<String> visibleArguments,
                        InputGenerator hiddenInputs, List<String> collectFiles) {
        this(id, lesson, mainClass, rankCounts, pointsPerRun, limits, check, task, visibleArguments, hiddenInputs,
            collectFiles, ParallelRuns.NONE);
    }

    /** A run of this exercise's program, compiled into {@code classes}, with its limits and files to keep. */
    public RunRequest request(Path classes, int np, List<String> arguments) {
        return new RunRequest(classes, mainClass, np, arguments, limits, collectFiles);
    }

    public ExerciseSpec withLimits(RunLimits newLimits) {
        return new ExerciseSpec(id, lesson, mainClass, rankCounts, pointsPerRun, newLimits, check, task,
            visibleArguments, hiddenInputs, collectFiles, parallelRuns, contractArguments, matchings);
    }

    public ExerciseSpec withParallelRuns(ParallelRuns runs) {
        return new ExerciseSpec(id, lesson, mainClass, rankCounts, pointsPerRun, limits, check, task,
            visibleArguments, hiddenInputs, collectFiles, runs, contractArguments, matchings);
    }

    /** The contract's names of the arguments, in order, and {@code split}, the one that counts what the ranks share. */
    public ExerciseSpec withArguments(String split, String... names) {
        return new ExerciseSpec(id, lesson, mainClass, rankCounts, pointsPerRun, limits, check, task,
            visibleArguments, hiddenInputs, collectFiles, parallelRuns,
            new ContractArguments(List.of(names), List.of(split)), matchings);
    }

    /** The exercise explored under {@code schedules} (docs/matching.md). */
    public ExerciseSpec withMatchings(Matchings schedules) {
        return new ExerciseSpec(id, lesson, mainClass, rankCounts, pointsPerRun, limits, check, task,
            visibleArguments, hiddenInputs, collectFiles, parallelRuns, contractArguments, schedules);
    }

    public boolean hasHiddenRuns() {
        return hiddenInputs != InputGenerator.NONE;
    }

    public String packageName() {
        int dot = mainClass.lastIndexOf('.');
        return dot < 0 ? "" : mainClass.substring(0, dot);
    }

    /** {@code hello/HelloWorld.java}, or {@code mandelbrot.slurm}: the file the student completes. */
    public String sourcePath() {
        return check instanceof SlurmScriptCheck script ? script.scriptName() : mainClass.replace('.', '/') + ".java";
    }

    /** Where {@link #sourcePath()} is in a Maven layout: {@code src/main/java/...} or {@code src/main/slurm/...}. */
    public String studentPath() {
        return (check instanceof SlurmScriptCheck ? "src/main/slurm/" : "src/main/java/") + sourcePath();
    }

    /** What a student whose program prints none of the graded lines should do. */
    public String notImplementedHint() {
        return "complete the TODOs in " + sourcePath() + " (the task is in " + task + ")";
    }
}
