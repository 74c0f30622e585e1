/**
 * The grader's side of running an MPJ Express program: finds MPJ Express on this machine, starts child JVMs with
 * the {@code org.mpjgrader.runner} runner in them (kept warm for the runs of one submission, retired when a run
 * spoils one), reads the runner's channel, enforces the wall clock limit by killing a child with everything it
 * started, and returns a {@link org.mpjgrader.launch.RunResult}:
 * per-rank output, outcome and CPU time, and where each rank was when time ran out. Lesson 11's batch scripts run
 * in the same sandbox, as the grader's simulation of SLURM ({@link org.mpjgrader.launch.ScriptRunner}) or, where a
 * scheduler is reachable, as real SLURM jobs ({@link org.mpjgrader.launch.SlurmJobRunner}). It decides no verdict.
 */
package org.mpjgrader.launch;
