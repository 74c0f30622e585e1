package org.mpjgrader.check;

import java.time.Duration;
import java.util.List;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** Which run a message is about: the exercise, the rank count, the program's arguments and their visibility. */
public record RunContext(String exerciseId, int np, List<String> arguments, Visibility visibility) {

    public RunContext {
        arguments = List.copyOf(arguments);
    }

    public RunContext(String exerciseId, int np, List<String> arguments) {
        this(exerciseId, np, arguments, Visibility.VISIBLE);
    }

    /**
     * {@code hello at 3 ranks}, {@code rootsum at 3 ranks, arguments 1000}, or {@code rootsum at 3 ranks, on a hidden
     * input}: a hidden input's values stay out of every message (the JSON's {@code arguments} keep them for the
     * instructor).
     */
    public String describe() {
        String ranks = np == 1 ? "1 rank" : np + " ranks";
        if (visibility == Visibility.HIDDEN) {
            return exerciseId + " at " + ranks + ", on a hidden input";
        }
        return exerciseId + " at " + ranks + (arguments.isEmpty() ? "" : ", arguments " + String.join(" ", arguments));
    }

    /** The grade of this run. */
    public RunGrade grade(Verdict verdict, String message, double points, double maxPoints, List<CheckResult> checks,
                          Duration wall) {
        return new RunGrade(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall);
    }
}
