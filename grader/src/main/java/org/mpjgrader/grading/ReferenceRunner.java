package org.mpjgrader.grading;

import java.util.List;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.spec.ExerciseSpec;

/** Runs a reference solution afresh on every call, never from a cache: for the timed rounds of a wall speedup. */
@FunctionalInterface
public interface ReferenceRunner {

    /** One run of the reference solution, alone on the machine (see {@link RunGate}) and in a warm JVM. */
    RunResult runAlone(ExerciseSpec exercise, int np, List<String> arguments);
}
