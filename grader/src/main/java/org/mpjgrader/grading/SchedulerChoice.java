package org.mpjgrader.grading;

/**
 * Which scheduler runs lesson 11's batch jobs: a real SLURM where one is reachable, else the grader's simulation
 * ({@code AUTO}); always the simulation; or always SLURM (without one, the job is not graded: a machine fault).
 */
public enum SchedulerChoice {
    AUTO, SIMULATION, SLURM
}
