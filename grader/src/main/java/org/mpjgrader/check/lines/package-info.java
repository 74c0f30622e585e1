/**
 * A check a package configures with data alone ({@code kind: lines}): lines of a given shape with named numbers
 * ({@code Rank {rank} received a total of {total} after {steps} steps}), who prints them, and what each number
 * must equal, a small {@link org.mpjgrader.check.lines.Expression} of the rank, the rank count and the arguments,
 * or the reference's number within a tolerance; or a line rank 0 prints once for each value of one of its numbers
 * over a range ({@link org.mpjgrader.check.lines.ForEach}). Lessons whose output says no more than that need no
 * Java.
 */
package org.mpjgrader.check.lines;
