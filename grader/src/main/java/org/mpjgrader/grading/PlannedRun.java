package org.mpjgrader.grading;

import java.util.List;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.spec.ExerciseSpec;

/** One run the plan holds: an exercise at a rank count with its arguments, their visibility and its points. */
public record PlannedRun(ExerciseSpec exercise, int np, List<String> arguments, Visibility visibility,
                         double points) {

    public PlannedRun {
        arguments = List.copyOf(arguments);
    }
}
