package org.mpjgrader.launch;

/**
 * Which scheduler ran a batch job and how it ended there: {@value #SLURM} (a real one, through {@code sbatch})
 * or {@value #SIMULATION} (the grader's {@link ScriptRunner}), the job's number (0 in the simulation, whose
 * number the check fixes), SLURM's last {@code JobState} ({@code COMPLETED}, {@code TIMEOUT},
 * {@code OUT_OF_MEMORY}, {@code PENDING} for a job cancelled in the queue; empty in the simulation) and its
 * {@code Reason} (why a job waited).
 */
public record SchedulerRun(String scheduler, long jobId, String state, String reason) {
    public static final String SLURM = "slurm";
    public static final String SIMULATION = "simulation";

    public static SchedulerRun simulation() {
        return new SchedulerRun(SIMULATION, 0, "", "");
    }

    public boolean real() {
        return scheduler.equals(SLURM);
    }
}
