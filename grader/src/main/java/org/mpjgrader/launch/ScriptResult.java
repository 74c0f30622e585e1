package org.mpjgrader.launch;

import java.time.Duration;
import java.util.List;

/**
 * How a batch script's run ended and what it left: the request, the script's exit status, whether the wall-clock
 * limit ended it, the text of its output and error files (the same text when they are one file), whether either
 * was cut at the output limit, each program {@code mpjrun.sh} started, in order, and which scheduler ran it.
 */
public record ScriptResult(ScriptRequest request, int exitCode, boolean timedOut, Duration wall, String output,
                           String error, boolean outputDropped, List<MpjLaunch> launches, SchedulerRun scheduler) {

    public ScriptResult {
        launches = List.copyOf(launches);
    }

    /** A job the grader's simulation of SLURM ran. */
    public ScriptResult(ScriptRequest request, int exitCode, boolean timedOut, Duration wall, String output,
                        String error, boolean outputDropped, List<MpjLaunch> launches) {
        this(request, exitCode, timedOut, wall, output, error, outputDropped, launches, SchedulerRun.simulation());
    }
}
