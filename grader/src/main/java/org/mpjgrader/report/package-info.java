/**
 * Reports: each format is a {@link org.mpjgrader.grading.GradingListener} over the one result model
 * (console table, JSON, JUnit XML in Surefire's format, Gradescope's results.json, Markdown feedback for the
 * student). Reports format; they never decide a verdict. Those that write files write them whole or not at all,
 * through {@code AtomicFile}, since CI systems and Gradescope read them as soon as they appear.
 * {@code ExerciseProgress} is the students' {@code mvn verify} summary (their tests print it), not a listener.
 */
package org.mpjgrader.report;
