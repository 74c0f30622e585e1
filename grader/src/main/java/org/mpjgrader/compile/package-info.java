/**
 * Compiles a submission's sources in process with {@code javax.tools}, once for all its exercises, against
 * MPJ Express. A compile error is a result (diagnostics per file and line), never an exception.
 */
package org.mpjgrader.compile;
