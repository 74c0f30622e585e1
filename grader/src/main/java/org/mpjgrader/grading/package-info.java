/**
 * Discover, execute, report: a {@link org.mpjgrader.grading.GradingPlan} fixes what is run (exercise x rank
 * count x arguments) before anything runs; the {@link org.mpjgrader.grading.Grader} compiles the submission
 * once, executes the plan through the launcher and the checks, and tells every
 * {@link org.mpjgrader.grading.GradingListener} as results come. A failure of the student's code is a result;
 * only the grader's own faults end as {@code NOT_GRADED}.
 */
package org.mpjgrader.grading;
