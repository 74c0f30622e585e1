/**
 * Judging runs: pure functions from a {@link org.mpjgrader.launch.RunResult} to verdicts, points and the
 * messages students read. {@link org.mpjgrader.check.RunJudge} first reads how the run ended (crash, deadlock,
 * timeout, limits), then hands the output to the exercise's {@link org.mpjgrader.check.OutputCheck}.
 * Nothing here launches anything; every message has one shape per kind of failure, built by
 * {@link org.mpjgrader.check.FailureMessage}. {@link org.mpjgrader.check.RankPattern} reads an exercise's
 * judged runs together and says which rule over the rank count separates those that failed.
 * {@link org.mpjgrader.check.CriticalPath} replays a run's MPI calls on its work clock, from which
 * {@link org.mpjgrader.check.ParallelCheck} judges how the work was spread: no verdict here reads a clock of the
 * machine, except the wall-clock speedup, which is a measurement and never fails a run.
 * {@link org.mpjgrader.check.CheckKind} is how an exercise package names its checks ({@code kind: lines}); the
 * library's kinds are in {@code org.mpjgrader.check.kind}, a course's own in a jar of its own, all found through
 * {@link java.util.ServiceLoader}. No check here knows a lesson by name: images are compared pixel by pixel
 * ({@link org.mpjgrader.check.ImageDifference}), a master's dispatch is read from its MPI calls
 * ({@link org.mpjgrader.check.OnRequestDispatch}), a batch job's program is what its package says
 * ({@link org.mpjgrader.check.JobProgram}), and {@link org.mpjgrader.check.CombinedOutput} lets two output checks
 * judge one program between them.
 */
package org.mpjgrader.check;
