package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.SlurmScriptCheck;
import org.mpjgrader.launch.MpjLaunch;
import org.mpjgrader.launch.ScriptResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.submission.Submission;

/**
 * The ways a batch script's run ends other than by its job's output, with a job and a reference that are
 * stand-ins: nothing runs here.
 */
class BatchScriptGradingTest {
    private static final ExerciseSpec HPC = Course.standard().find("hpc").orElseThrow();
    private static final SlurmScriptCheck CHECK = (SlurmScriptCheck) HPC.check();
    private static final PlannedRun RUN = new PlannedRun(HPC, 1, HPC.visibleArguments(), Visibility.VISIBLE, 2);
    private static final List<String> OWN_ARGUMENTS = List.of("600", "400", "-2.0", "1.0", "-1.2", "1.2", "500");

    @TempDir
    Path temp;

    private Submission submission;
    private final AtomicInteger jobs = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        Path script = temp.resolve("mandelbrot.slurm");
        Files.writeString(script, """
            #!/bin/bash
            #SBATCH --job-name=mandelbrot --output=%x-%j.out --error=%x-%j.err
            #SBATCH --time=00:05:00 --mem=2G --nodes=1 --ntasks=4
            mpjrun.sh -np $SLURM_NTASKS -dev multicore mandelbrot.Mandelbrot 600 400 -2.0 1.0 -1.2 1.2 500
            """);
        submission = new Submission("s", temp, temp,
            Map.of("mandelbrot", List.of(temp.resolve("mandelbrot/Mandelbrot.java"))), List.of(script));
    }

    private ScriptExecutor job() {
        return request -> {
            jobs.incrementAndGet();
            return new ScriptResult(request, 0, false, Duration.ofSeconds(1), "Checksum: 1\n", "", false,
                List.of(new MpjLaunch(4, "multicore", "mandelbrot.Mandelbrot", OWN_ARGUMENTS)));
        };
    }

    private RunGrade grade(ScriptExecutor scripts, ReferenceSource references, CompiledSubmission compiled) {
        return new BatchScriptGrading(scripts, references).grade(RUN, CHECK, submission, compiled);
    }

    private CompiledSubmission compiled() {
        return new CompiledSubmission(Map.of("mandelbrot", temp.resolve("classes")), Map.of());
    }

    private static ReferenceSource recorded() {
        return new ReferenceSource() {
            @Override
            public ReferenceOutput reference(ExerciseSpec exercise, int np, List<String> arguments) {
                throw new AssertionError("asked for " + arguments);
            }

            @Override
            public boolean computesNewInputs() {
                return false;
            }
        };
    }

    @Test
    void aStudentsCopyChecksAJobWithTheTasksArgumentsOnly() {
        RunGrade grade = grade(job(), recorded(), compiled());

        assertThat(grade.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(grade.points()).isEqualTo(1.0);
        assertThat(grade.np()).isEqualTo(4);
        assertThat(grade.arguments()).isEqualTo(OWN_ARGUMENTS);
        assertThat(grade.message()).isEqualTo("hpc (mandelbrot.slurm): the job ran mandelbrot.Mandelbrot with the "
            + "arguments \"600 400 -2.0 1.0 -1.2 1.2 500\", but this copy of the course checks a job with the task's "
            + "only\n  use the arguments 1000 1000 -1.5 0.5 -1.0 1.0 1000");
    }

    @Test
    void aReferenceThatCannotBeHadIsNotGraded() {
        ReferenceSource failing = new ReferenceSource() {
            @Override
            public ReferenceOutput reference(ExerciseSpec exercise, int np, List<String> arguments) {
                throw new ReferenceUnavailableException("the reference solutions do not compile");
            }

            @Override
            public boolean computesNewInputs() {
                return true;
            }
        };

        RunGrade grade = grade(job(), failing, compiled());

        assertThat(grade.verdict()).isEqualTo(Verdict.NOT_GRADED);
        assertThat(grade.points()).isZero();
        assertThat(grade.message()).isEqualTo(
            "hpc (mandelbrot.slurm): not graded: the reference solutions do not compile");
    }

    @Test
    void aJobTheMachineCannotStartIsNotGraded() {
        RunGrade grade = grade(request -> {
            throw new UncheckedIOException("cannot start the batch script", new java.io.IOException("no /bin/sh"));
        }, recorded(), compiled());

        assertThat(grade.verdict()).isEqualTo(Verdict.NOT_GRADED);
        assertThat(grade.message()).isEqualTo("hpc (mandelbrot.slurm): not graded: cannot start the batch script");
    }

    @Test
    void withoutTheProgramTheJobIsNotRunAndOnlyTheDirectivesCount() {
        submission = new Submission("s", temp, temp, Map.of(), submission.scripts());

        RunGrade grade = grade(job(), recorded(), new CompiledSubmission(Map.of(), Map.of()));

        assertThat(jobs).hasValue(0);
        assertThat(grade.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(grade.points()).isEqualTo(1.0);
        assertThat(grade.message()).isEqualTo("hpc (mandelbrot.slurm): the job did not run: the submission has no "
            + "mandelbrot/Mandelbrot.java for it to start");
    }

    @Test
    void aProgramThatDoesNotCompileIsNotRunAndItsErrorsAreShown() {
        RunGrade grade = grade(job(), recorded(),
            new CompiledSubmission(Map.of(), Map.of("mandelbrot", "Mandelbrot.java:3: error: ';' expected")));

        assertThat(jobs).hasValue(0);
        assertThat(grade.message()).isEqualTo("hpc (mandelbrot.slurm): the job did not run: mandelbrot/Mandelbrot.java "
            + "does not compile:\nMandelbrot.java:3: error: ';' expected");
    }
}
