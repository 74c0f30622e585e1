package org.mpjgrader.grading;

import java.util.List;
import org.mpjgrader.spec.ExerciseSpec;

/** One run the plan holds: an exercise at a rank count with its arguments and points. */
public record PlannedRun(ExerciseSpec exercise, int np, List<String> arguments, double points) {

    public PlannedRun {
        arguments = List.copyOf(arguments);
    }
}
