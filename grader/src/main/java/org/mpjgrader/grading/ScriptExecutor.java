package org.mpjgrader.grading;

import org.mpjgrader.launch.ScriptRequest;
import org.mpjgrader.launch.ScriptResult;

/** Runs a batch script; the {@link org.mpjgrader.launch.ScriptRunner} in production. Exceptions mean the machine failed. */
@FunctionalInterface
public interface ScriptExecutor {
    ScriptResult run(ScriptRequest request);
}
