package org.mpjgrader.grading;

import java.nio.file.Path;
import java.util.Optional;
import org.mpjgrader.launch.SbatchRefusal;
import org.mpjgrader.launch.SchedulerRun;
import org.mpjgrader.launch.ScriptRequest;
import org.mpjgrader.launch.ScriptResult;
import org.mpjgrader.launch.SlurmJobRunner;

/**
 * Runs a batch script: the {@link org.mpjgrader.launch.ScriptRunner} (the grader's simulation of SLURM) or, where
 * a scheduler is reachable, a {@link SlurmJobRunner} (real sbatch). Exceptions mean the machine failed.
 */
@FunctionalInterface
public interface ScriptExecutor {
    ScriptResult run(ScriptRequest request);

    /** {@value SchedulerRun#SIMULATION} or {@value SchedulerRun#SLURM}. */
    default String scheduler() {
        return SchedulerRun.SIMULATION;
    }

    /** What the scheduler's sbatch says of {@code script} before it is run; the simulation asks none. */
    default Optional<SbatchRefusal> refusal(Path script) {
        return Optional.empty();
    }

    /** Scripts run by a real SLURM. */
    static ScriptExecutor on(SlurmJobRunner slurm) {
        return new ScriptExecutor() {
            @Override
            public ScriptResult run(ScriptRequest request) {
                return slurm.run(request);
            }

            @Override
            public String scheduler() {
                return SchedulerRun.SLURM;
            }

            @Override
            public Optional<SbatchRefusal> refusal(Path script) {
                return slurm.refusal(script);
            }
        };
    }
}
