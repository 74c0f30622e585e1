package org.mpjgrader.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.check.SlurmJob;
import org.mpjgrader.check.SlurmScript;
import org.mpjgrader.check.SlurmScriptCheck;
import org.mpjgrader.launch.MpjNotFoundException;
import org.mpjgrader.launch.SbatchRefusal;
import org.mpjgrader.launch.SchedulerRun;
import org.mpjgrader.launch.ScriptRequest;
import org.mpjgrader.launch.ScriptResult;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.submission.Submission;

/**
 * Grades an exercise whose submission is a batch script (lesson 11): its one planned run reads the script,
 * checks its directives, runs it (on a real SLURM where one is reachable, else as the grader's simulation of one
 * node) when sbatch would accept it, and compares the job's output with the reference program's for the arguments
 * the job used. The grade records which scheduler ran it.
 */
final class BatchScriptGrading {
    private final ScriptExecutor scripts;
    private final ReferenceSource references;

    BatchScriptGrading(ScriptExecutor scripts, ReferenceSource references) {
        this.scripts = scripts;
        this.references = references;
    }

    RunGrade grade(PlannedRun run, SlurmScriptCheck check, Submission submission, CompiledSubmission compiled) {
        ExerciseSpec exercise = run.exercise();
        Optional<Path> file = submission.script(check.scriptName());
        if (file.isEmpty()) {
            return Grader.same(run, Verdict.NOT_IMPLEMENTED, exercise.id() + ": the submission has no " + check.scriptName()
                + "; " + exercise.notImplementedHint());
        }
        SlurmScript script = SlurmScript.parse(read(file.get()));
        if (!check.attempted(script)) {
            return Grader.same(run, Verdict.NOT_IMPLEMENTED,
                check.notImplemented(exercise.id(), exercise.notImplementedHint()));
        }
        return graded(run, check, script, file.get(), submission, compiled).withScheduler(scripts.scheduler());
    }

    private RunGrade graded(PlannedRun run, SlurmScriptCheck check, SlurmScript script, Path file,
                            Submission submission, CompiledSubmission compiled) {
        ExerciseSpec exercise = run.exercise();
        String subject = check.subject(exercise.id());
        double half = run.points() / 2;
        CheckResult directives = check.directives(subject, script, exercise.mainClass(), half);
        SlurmJob job = SlurmJob.of(script, check.scriptName());
        int np = script.count("ntasks").orElse(1);
        RunContext context = new RunContext(exercise.id(), np, run.arguments(), run.visibility());
        try {
            // A real sbatch judges the script first, in its own words; the grader's reading adds its hints.
            Optional<SbatchRefusal> refusal = scripts.refusal(file);
            if (refusal.isPresent()) {
                return SlurmScriptCheck.grade(context,
                    check.refusedBySbatch(subject, script, exercise.mainClass(), refusal.get(), half),
                    check.notRun(subject, "sbatch refuses the script (see above)", half), false, Duration.ZERO);
            }
            Optional<String> cannotRun = cannotRun(exercise, script, check, submission, compiled);
            if (cannotRun.isPresent()) {
                return SlurmScriptCheck.grade(context, directives, check.notRun(subject, cannotRun.get(), half), false,
                    Duration.ZERO);
            }
            Path classes = compiled.classesOf(exercise.packageName()).orElseThrow();
            // The simulation ends a job at its own --time; a real SLURM does that itself, the grader only at its limit.
            Duration limit = scripts.scheduler().equals(SchedulerRun.SLURM) ? exercise.limits().wallTime()
                : job.wallTime(exercise.limits().wallTime());
            ScriptResult result = scripts.run(new ScriptRequest(file, classes, job.environment(), job.outputFile(),
                job.errorFile(), exercise.limits().withWallTime(limit)));
            if (result.scheduler().real()) {
                job = SlurmJob.of(script, check.scriptName(), result.scheduler().jobId());
            }
            Optional<List<String>> arguments = check.referenceArguments(result);
            CheckResult output;
            if (arguments.isPresent() && !references.computesNewInputs()
                && !arguments.get().equals(exercise.visibleArguments())) {
                // A students' copy has the reference's output for the task's arguments only.
                output = check.onlyArguments(subject, result, exercise.visibleArguments(), half);
            } else {
                ReferenceOutput reference = arguments.map(a -> references.reference(exercise, 1, a)).orElse(null);
                output = check.jobOutput(subject, job, result, reference, half);
            }
            List<String> used = result.launches().isEmpty() ? run.arguments() : result.launches().get(0).arguments();
            int ranks = result.launches().isEmpty() ? np : result.launches().get(0).np();
            return SlurmScriptCheck.grade(new RunContext(exercise.id(), ranks, used, run.visibility()), directives,
                output, result);
        } catch (MpjNotFoundException | UncheckedIOException | ReferenceUnavailableException e) {
            return Grader.same(run, Verdict.NOT_GRADED, FailureMessage.about(subject, "not graded: " + e.getMessage()).text());
        }
    }

    /** Why the job cannot run: sbatch would refuse the script, or the program it runs is missing or broken. */
    private static Optional<String> cannotRun(ExerciseSpec exercise, SlurmScript script, SlurmScriptCheck check,
                                              Submission submission, CompiledSubmission compiled) {
        if (!check.accepted(script, exercise.mainClass())) {
            return Optional.of("sbatch would refuse the script (see above)");
        }
        String pkg = exercise.packageName();
        String source = exercise.mainClass().replace('.', '/') + ".java";
        String fileName = source.substring(source.lastIndexOf('/') + 1);
        if (submission.sourcesOf(pkg).stream().noneMatch(p -> p.getFileName().toString().equals(fileName))) {
            return Optional.of("the submission has no " + source + " for it to start");
        }
        if (compiled.errors().containsKey(pkg)) {
            return Optional.of(source + " does not compile:\n" + compiled.errors().get(pkg));
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
