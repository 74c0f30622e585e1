package org.mpjgrader.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * One program run: compiled classes, main class, rank count, the program's own arguments, the limits, the files
 * (relative to the run's working folder) to read back after the run, such as an image it writes, whether the
 * ranks' work is counted (always, but in the benchmark that measures what counting costs), the schedule that
 * matches its wildcard receives ({@link #UNCONTROLLED} for none), and whether the program's sleeps take their full
 * length or a hundredth of it (docs/work-clock.md: only a run whose wall time is read needs them in full).
 */
public record RunRequest(Path classes, String mainClass, int np, List<String> arguments, RunLimits limits,
                         List<String> collectFiles, boolean countWork, String matching, boolean sleepsInFull) {
    /** No control of wildcard receives: MPJ matches them as messages come. */
    public static final String UNCONTROLLED = "-";

    public RunRequest {
        if (np < 1) {
            throw new IllegalArgumentException("np must be at least 1, was " + np);
        }
        arguments = List.copyOf(arguments);
        collectFiles = List.copyOf(collectFiles);
    }

    public RunRequest(Path classes, String mainClass, int np, List<String> arguments, RunLimits limits,
                      List<String> collectFiles) {
        this(classes, mainClass, np, arguments, limits, collectFiles, true, UNCONTROLLED, true);
    }

    public RunRequest(Path classes, String mainClass, int np, List<String> arguments, RunLimits limits) {
        this(classes, mainClass, np, arguments, limits, List.of());
    }

    /** The same run with the program's classes as compiled, not woven: what counting the work costs, measured. */
    public RunRequest withoutWorkCount() {
        return new RunRequest(classes, mainClass, np, arguments, limits, collectFiles, false, matching, sleepsInFull);
    }

    /**
     * The same run with its wildcard receives matched by {@code schedule} ({@code lowest}, {@code highest},
     * {@code random:SEED}, {@code replay:R.N=S,...}; see docs/matching.md) once the run is quiescent.
     */
    public RunRequest withMatching(String schedule) {
        return new RunRequest(classes, mainClass, np, arguments, limits, collectFiles, countWork, schedule,
            sleepsInFull);
    }

    /**
     * The same run with the program's sleeps made a hundred times shorter, and counted on the work clock at their full
     * length: for a run whose verdict reads no wall time, so that a master-slave run's jobs need not pass in real time.
     */
    public RunRequest withShortenedSleeps() {
        return new RunRequest(classes, mainClass, np, arguments, limits, collectFiles, countWork, matching, false);
    }
}
