package org.mpjgrader.result;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The grade of one run of one exercise at one rank count: verdict, the message a student reads (empty on a
 * pass), points, the checks behind them, the program's arguments, whether they were hidden, the wall time, and
 * what was measured of the run besides (for a run on a large input: {@code modelled_speedup},
 * {@code reference_modelled_speedup}, {@code balance}), for the reports' charts, and what its ranks said to each
 * other ({@link Communication}).
 */
public record RunGrade(String exerciseId, int np, List<String> arguments, Visibility visibility, Verdict verdict,
                       String message, double points, double maxPoints, List<CheckResult> checks, Duration wall,
                       Map<String, Double> measurements, Communication communication) {

    public RunGrade {
        arguments = List.copyOf(arguments);
        checks = List.copyOf(checks);
        measurements = new TreeMap<>(measurements); // sorted, so that reports list them in one order
    }

    /** A grade with nothing measured besides. */
    public RunGrade(String exerciseId, int np, List<String> arguments, Visibility visibility, Verdict verdict,
                    String message, double points, double maxPoints, List<CheckResult> checks, Duration wall) {
        this(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall, Map.of());
    }

    /** A grade without a record of the run's communication. */
    public RunGrade(String exerciseId, int np, List<String> arguments, Visibility visibility, Verdict verdict,
                    String message, double points, double maxPoints, List<CheckResult> checks, Duration wall,
                    Map<String, Double> measurements) {
        this(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall, measurements,
            Communication.NONE);
    }

    public RunGrade withMeasurements(Map<String, Double> measured) {
        return new RunGrade(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall,
            measured, communication);
    }

    public RunGrade withCommunication(Communication said) {
        return new RunGrade(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall,
            measurements, said);
    }
}
