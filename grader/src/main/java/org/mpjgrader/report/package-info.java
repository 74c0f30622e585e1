/**
 * Reports: each format is a {@link org.mpjgrader.grading.GradingListener} over the one result model
 * (console table, JSON). Reports format; they never decide a verdict.
 */
package org.mpjgrader.report;
