package org.mpjgrader.check;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;

/**
 * The wall-clock speedup of a program on its parallel input: how much sooner its ranks end than one rank does,
 * timed on this machine in turns with the reference solution, which is the machine's control. It is a measurement
 * shown to the student, never a verdict against them (the modelled speedup grades the work spread, whatever the
 * machine): {@code PASS} where it reached the reference's share, otherwise {@code INCONCLUSIVE} with the reason
 * (too few cores, other work beside the runs, times too scattered, the reference itself not sped up, or the
 * measured speedups), never a failure.
 */
public final class WallSpeedupCheck {
    public static final String NAME = "wall-clock speedup";
    /** The share of the reference's wall speedup a program must reach. */
    static final double SHARE_OF_REFERENCE = 0.8;
    /** The widest spread of a series, (max - min) / median, that still measures the program and not the machine. */
    static final double MAX_SPREAD = 0.25;
    /** The share of its ideal speedup the reference must reach for the machine to count as giving ranks cores. */
    static final double CONTROL_SHARE = 0.6;
    /**
     * The least speedup the reference must reach in any case: 80% of it, 1.2, is then more than a program without
     * any speedup shows, so that at 2 ranks (where 60% of the ideal is 1.2) a serial program cannot pass.
     */
    static final double CONTROL_FLOOR = 1.5;

    private WallSpeedupCheck() {
    }

    /** Why {@code np} ranks cannot show a speedup on {@code cores} cores, or empty where they can run at once. */
    public static Optional<String> tooFewCores(int np, int cores) {
        if (np <= cores) {
            return Optional.empty();
        }
        return Optional.of("this machine has " + cores + (cores == 1 ? " core" : " cores") + ", so " + np
            + " ranks cannot run at once and wall time cannot show their speedup (the modelled speedup grades the "
            + "work spread)");
    }

    /** The reason a row is not timed while other programs keep {@code busy} of the machine's {@code cores} busy. */
    public static String otherProgramsBusy(double busy, int cores) {
        return String.format(Locale.ROOT, "other programs kept %.1f of this machine's %d %s busy when the row was due, "
            + "so wall time would measure the machine, not the program (the modelled speedup grades the work spread)",
            busy, cores, cores == 1 ? "core" : "cores");
    }

    /** The reason a row is not judged when its runs reached {@code budget} with only {@code rounds} rounds done. */
    public static String overBudget(Duration budget, int rounds) {
        String seconds = BigDecimal.valueOf(budget.toMillis(), 3).stripTrailingZeros().toPlainString();
        return String.format(Locale.ROOT, "the timed runs reached the %s s a row may take with %d %s done, too few to "
            + "judge: this machine is too slow or too busy to time this input", seconds, rounds,
            rounds == 1 ? "round" : "rounds");
    }

    /**
     * The reason a row is not judged when one of its timed runs, at {@code np} ranks, did not end normally: what
     * went wrong, in the words the run's own grading uses ({@code rank 0 threw java.lang.ArithmeticException: ...}).
     */
    public static String timedRunDidNotEnd(RunContext row, boolean reference, int np, RunResult result) {
        RunContext run = new RunContext(row.exerciseId(), np, row.arguments(), row.visibility());
        String prefix = run.describe() + ": ";
        String what = RunJudge.judgeEnding(run, result, 0).map(grade -> grade.message().lines().findFirst()
                .orElse(""))
            .filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
            .orElse("not every rank returned from main");
        return (reference ? "the reference's" : "your") + " program at " + (np == 1 ? "1 rank" : np + " ranks")
            + " did not end normally on this input (" + what + "), so there is no time to compare";
    }

    /**
     * The reason a row is not timed when the program's run at its rank count, {@code run}, did not print what it
     * should: the checks it failed, or how it ended where none was made.
     */
    public static String runDidNotPass(RunGrade run) {
        List<String> failed = run.checks().stream().filter(c -> !c.passed()).map(CheckResult::name).toList();
        return "the run at " + run.np() + " ranks on this input did not pass " + (failed.isEmpty()
            ? "(" + run.verdict() + ")" : "its " + (failed.size() == 1 ? "check" : "checks") + " of "
            + String.join(", ", failed));
    }

    /** A row the machine could not judge, with the reason, and what was measured before that was known. */
    public static RunGrade inconclusive(RunContext run, String reason, Map<String, Double> measured, Duration wall) {
        String message = FailureMessage.of(run, "wall-clock speedup inconclusive: " + reason).text();
        return run.grade(Verdict.INCONCLUSIVE, message, 0, 0, List.of(new CheckResult(NAME, 0, 0, false, message)),
            wall).withMeasurements(measured);
    }

    public static RunGrade inconclusive(RunContext run, String reason) {
        return inconclusive(run, reason, Map.of(), Duration.ZERO);
    }

    /**
     * Judges the timed rounds: too scattered a series, or a reference below its control, is inconclusive; then the
     * student's speedup must reach {@link #SHARE_OF_REFERENCE} of the reference's.
     *
     * @param referenceModelled the reference's modelled speedup at the row's rank count
     * @param wall              the time the rounds took
     */
    public static RunGrade judge(RunContext run, WallTimes times, double referenceModelled, Duration wall) {
        Map<String, Double> measured = measurements(times);
        WallTimes.Series widest = times.all().stream().max(Comparator.comparingDouble(WallTimes.Series::spread))
            .orElseThrow();
        if (widest.spread() > MAX_SPREAD) {
            return inconclusive(run, String.format(Locale.ROOT, "the times of %s spread over %.0f%% of their median "
                    + "(%.3f to %.3f s), more than %.0f%%: other work on the machine disturbed the rounds",
                widest.name(), 100 * widest.spread(), widest.min(), widest.max(), 100 * MAX_SPREAD), measured, wall);
        }
        double reference = times.referenceSpeedup();
        Optional<String> control = belowControl(run.np(), reference, referenceModelled);
        if (control.isPresent()) {
            return inconclusive(run, control.get(), measured, wall);
        }
        double student = times.studentSpeedup();
        if (student >= SHARE_OF_REFERENCE * reference) {
            return run.grade(Verdict.PASS, "", 0, 0, List.of(CheckResult.pass(NAME, 0)), wall)
                .withMeasurements(measured);
        }
        // Below the reference's share the row is still only a measurement: the machine's clock grades nothing.
        return inconclusive(run, String.format(Locale.ROOT, "measured, not graded: your wall-clock speedup was %.2f "
                + "(median %.3f s at 1 rank, %.3f s at %d ranks), the reference's %.2f (%.3f s and %.3f s), timed in %d "
                + "rounds in turns on this machine; wall time moves with the machine's load, so the modelled speedup "
                + "grades the work", student, times.student1().median(), times.studentN().median(), run.np(), reference,
                times.reference1().median(), times.referenceN().median(), times.rounds()), measured, wall);
    }

    /** Why the reference's wall speedup shows that the machine did not give the ranks their cores, if it does. */
    private static Optional<String> belowControl(int np, double reference, double referenceModelled) {
        double ideal = Math.min(np, referenceModelled);
        double due = Math.max(CONTROL_SHARE * ideal, CONTROL_FLOOR);
        if (reference >= due) {
            return Optional.empty();
        }
        String why = due > CONTROL_SHARE * ideal
            ? String.format(Locale.ROOT, "so that %.0f%% of it tells a parallel program from a serial one",
                100 * SHARE_OF_REFERENCE)
            : String.format(Locale.ROOT, "%.0f%% of %.2f, the lesser of %d ranks and its modelled speedup",
                100 * CONTROL_SHARE, ideal, np);
        return Optional.of(String.format(Locale.ROOT, "the machine did not give the ranks their cores: the reference "
            + "solution itself reached only a wall-clock speedup of %.2f where %.2f was due (%s)", reference, due,
            why));
    }

    private static Map<String, Double> measurements(WallTimes times) {
        return Map.of(Measurement.WALL_SPEEDUP, times.studentSpeedup(),
            Measurement.REFERENCE_WALL_SPEEDUP, times.referenceSpeedup(),
            Measurement.WALL_ONE_RANK_SECONDS, times.student1().median(),
            Measurement.WALL_N_RANKS_SECONDS, times.studentN().median(),
            Measurement.REFERENCE_WALL_ONE_RANK_SECONDS, times.reference1().median(),
            Measurement.REFERENCE_WALL_N_RANKS_SECONDS, times.referenceN().median());
    }
}
