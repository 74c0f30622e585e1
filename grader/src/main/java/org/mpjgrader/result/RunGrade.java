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
 * other ({@link Communication}), and, for a batch job (lesson 11), which scheduler ran it: {@value #SLURM} or
 * {@value #SIMULATION} (empty for a program's run).
 */
public record RunGrade(String exerciseId, int np, List<String> arguments, Visibility visibility, Verdict verdict,
                       String message, double points, double maxPoints, List<CheckResult> checks, Duration wall,
                       Map<String, Double> measurements, Communication communication, String scheduler) {
    /** A batch job a real SLURM ran (sbatch). */
    public static final String SLURM = "slurm";
    /** A batch job the grader's simulation of SLURM ran. */
    public static final String SIMULATION = "simulation";

    public RunGrade {
        arguments = List.copyOf(arguments);
        checks = List.copyOf(checks);
        measurements = new TreeMap<>(measurements); // sorted, so that reports list them in one order
    }

    /** A grade of a program's run, not a batch job's. */
    public RunGrade(String exerciseId, int np, List<String> arguments, Visibility visibility, Verdict verdict,
                    String message, double points, double maxPoints, List<CheckResult> checks, Duration wall,
                    Map<String, Double> measurements, Communication communication) {
        this(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall, measurements,
            communication, "");
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
            measured, communication, scheduler);
    }

    public RunGrade withCommunication(Communication said) {
        return new RunGrade(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall,
            measurements, said, scheduler);
    }

    /** This grade of a batch job that {@code ran} ({@link #SLURM} or {@link #SIMULATION}) ran. */
    public RunGrade withScheduler(String ran) {
        return new RunGrade(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall,
            measurements, communication, ran);
    }

    /** The line the reports show for a batch job: which scheduler ran it; empty for a program's run. */
    public String schedulerLine() {
        return switch (scheduler) {
            case SLURM -> "ran on SLURM (real sbatch)";
            case SIMULATION -> "ran on the grader's simulation of SLURM";
            default -> "";
        };
    }
}
