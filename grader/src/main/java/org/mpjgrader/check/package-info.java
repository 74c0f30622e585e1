/**
 * Judging runs: pure functions from a {@link org.mpjgrader.launch.RunResult} to verdicts, points and the
 * messages students read. {@link org.mpjgrader.check.RunJudge} first reads how the run ended (crash, deadlock,
 * timeout, limits), then hands the output to the exercise's {@link org.mpjgrader.check.OutputCheck}.
 * Nothing here launches anything; every message has one shape per kind of failure, built by
 * {@link org.mpjgrader.check.FailureMessage}. {@link org.mpjgrader.check.RankPattern} reads an exercise's
 * judged runs together and says which rule over the rank count separates those that failed.
 */
package org.mpjgrader.check;
