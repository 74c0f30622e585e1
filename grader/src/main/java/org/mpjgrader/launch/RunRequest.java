package org.mpjgrader.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * One program run: compiled classes, main class, rank count, the program's own arguments, the limits, the files
 * (relative to the run's working folder) to read back after the run, such as an image it writes, and whether the
 * ranks' work is counted (always, but in the benchmark that measures what counting costs).
 */
public record RunRequest(Path classes, String mainClass, int np, List<String> arguments, RunLimits limits,
                         List<String> collectFiles, boolean countWork) {
    public RunRequest {
        if (np < 1) {
            throw new IllegalArgumentException("np must be at least 1, was " + np);
        }
        arguments = List.copyOf(arguments);
        collectFiles = List.copyOf(collectFiles);
    }

    public RunRequest(Path classes, String mainClass, int np, List<String> arguments, RunLimits limits,
                      List<String> collectFiles) {
        this(classes, mainClass, np, arguments, limits, collectFiles, true);
    }

    public RunRequest(Path classes, String mainClass, int np, List<String> arguments, RunLimits limits) {
        this(classes, mainClass, np, arguments, limits, List.of());
    }

    /** The same run with the program's classes as compiled, not woven: what counting the work costs, measured. */
    public RunRequest withoutWorkCount() {
        return new RunRequest(classes, mainClass, np, arguments, limits, collectFiles, false);
    }
}
