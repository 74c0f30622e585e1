package org.mpjgrader.result;

import java.time.Duration;
import java.util.List;

/**
 * The grade of one run of one exercise at one rank count: verdict, the message a student reads (empty on a
 * pass), points, the checks behind them, the program's arguments, whether they were hidden, and the wall time.
 */
public record RunGrade(String exerciseId, int np, List<String> arguments, Visibility visibility, Verdict verdict,
                       String message,
                       double points, double maxPoints, List<CheckResult> checks, Duration wall) {

    public RunGrade {
        arguments = List.copyOf(arguments);
        checks = List.copyOf(checks);
    }
}
