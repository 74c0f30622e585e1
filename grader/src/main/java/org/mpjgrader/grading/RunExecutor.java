package org.mpjgrader.grading;

import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;

/** Runs a program; the {@link org.mpjgrader.launch.Launcher} in production. Exceptions mean the machine failed. */
@FunctionalInterface
public interface RunExecutor {
    RunResult run(RunRequest request);
}
