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
 * {@value #SIMULATION} (empty for a program's run), and what its program tried that the sandbox denies or the grader
 * forbids ({@code integrity}, empty for a program that tried nothing of the kind).
 */
public record RunGrade(String exerciseId, int np, List<String> arguments, Visibility visibility, Verdict verdict,
                       String message, double points, double maxPoints, List<CheckResult> checks, Duration wall,
                       Map<String, Double> measurements, Communication communication, String scheduler,
                       List<IntegrityFlag> integrity) {
    /** A batch job a real SLURM ran (sbatch). */
    public static final String SLURM = "slurm";
    /** A batch job the grader's simulation of SLURM ran. */
    public static final String SIMULATION = "simulation";

    public RunGrade {
        arguments = List.copyOf(arguments);
        checks = List.copyOf(checks);
        measurements = new TreeMap<>(measurements); // sorted, so that reports list them in one order
        integrity = List.copyOf(integrity);
    }

    /** A grade whose program tried nothing it should not have. */
    public RunGrade(String exerciseId, int np, List<String> arguments, Visibility visibility, Verdict verdict,
                    String message, double points, double maxPoints, List<CheckResult> checks, Duration wall,
                    Map<String, Double> measurements, Communication communication, String scheduler) {
        this(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall, measurements,
            communication, scheduler, List.of());
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
            measured, communication, scheduler, integrity);
    }

    public RunGrade withCommunication(Communication said) {
        return new RunGrade(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall,
            measurements, said, scheduler, integrity);
    }

    /** This grade of a batch job that {@code ran} ({@link #SLURM} or {@link #SIMULATION}) ran. */
    public RunGrade withScheduler(String ran) {
        return new RunGrade(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall,
            measurements, communication, ran, integrity);
    }

    /** This grade with what its program tried. */
    public RunGrade withIntegrity(List<IntegrityFlag> flags) {
        return new RunGrade(exerciseId, np, arguments, visibility, verdict, message, points, maxPoints, checks, wall,
            measurements, communication, scheduler, flags);
    }

    /** This grade failed with no points, for what its program tried: {@code why} joins its message and checks. */
    public RunGrade zeroedFor(String why) {
        List<CheckResult> all = new java.util.ArrayList<>(checks);
        all.add(CheckResult.fail("integrity", 0, why));
        Verdict failed = verdict == Verdict.PASS ? Verdict.FAIL : verdict;
        return new RunGrade(exerciseId, np, arguments, visibility, failed, message.isEmpty() ? why : message + "\n" + why,
            0, maxPoints, all, wall, measurements, communication, scheduler, integrity);
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
