/**
 * The grader's side of running an MPJ Express program: finds MPJ Express on this machine, starts child JVMs with
 * the {@code org.mpjgrader.runner} runner in them (kept warm for the runs of one submission, retired when a run
 * spoils one), reads the runner's channel, enforces the wall clock limit by killing a child with everything it
 * started, and returns a {@link org.mpjgrader.launch.RunResult}:
 * per-rank output, outcome and CPU time, and where each rank was when time ran out. It decides no verdict.
 */
package org.mpjgrader.launch;
