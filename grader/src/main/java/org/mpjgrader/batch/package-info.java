/**
 * Grading a whole class: the students' submissions in a folder (folders, {@code .zip} files or bare git
 * repositories), graded by a bounded pool of workers into an output folder that keeps each student's result
 * complete or absent, so that a killed batch resumes where it stopped; a deterministic share of the class per
 * machine ({@link org.mpjgrader.batch.Shard}); and what is built from the results on disk: the gradebook, the
 * instructor's HTML summary with its charts, and the similarity report. Above the single-submission reports,
 * below the command line.
 */
package org.mpjgrader.batch;
