/**
 * What is graded: a submission (a folder of {@code .java} files in package folders and {@code .slurm} batch
 * scripts, or a {@code .zip} of one) copied into a private workspace, zip-slip safe, with its sources found and
 * grouped by Java package.
 */
package org.mpjgrader.submission;
