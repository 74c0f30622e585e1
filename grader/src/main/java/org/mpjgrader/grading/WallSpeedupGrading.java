package org.mpjgrader.grading;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.mpjgrader.check.ParallelCheck;
import org.mpjgrader.check.ParallelProfile;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.check.WallSpeedupCheck;
import org.mpjgrader.check.WallTimes;
import org.mpjgrader.launch.MpjNotFoundException;
import org.mpjgrader.launch.RunPool;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.spec.ExerciseSpec;

/**
 * The wall-clock speedup rows of a grading ({@code Visibility.WALL}): settles those the machine cannot judge before
 * anything runs; times the others alone on the machine, in rounds of the reference's and the student's program at
 * 1 rank and at the row's rank count, in turns, and judges them with {@link WallSpeedupCheck}.
 */
final class WallSpeedupGrading {
    static final String NO_REFERENCE = "this copy of the course has no reference solution to time beside yours";

    private final ReferenceSource references;
    private final RunGate gate;
    private final WallClockSettings settings;

    WallSpeedupGrading(ReferenceSource references, RunGate gate, WallClockSettings settings) {
        this.references = references;
        this.gate = gate;
        this.settings = settings;
    }

    /** One run of a round: whose program, at 1 rank or at the row's rank count. */
    private enum Turn {
        REFERENCE_ONE, STUDENT_ONE, REFERENCE_N, STUDENT_N;

        /** Round by round the order reverses, so that a machine growing busier or quieter favours neither. */
        static List<Turn> inRound(int round) {
            List<Turn> order = new ArrayList<>(List.of(values()));
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            return order;
        }

        boolean reference() {
            return this == REFERENCE_ONE || this == REFERENCE_N;
        }

        int np(int rowRanks) {
            return this == REFERENCE_ONE || this == STUDENT_ONE ? 1 : rowRanks;
        }
    }

    /** The row's verdict where it needs no run: too few cores, no reference to run, other gradings beside it. */
    Optional<RunGrade> withoutRunning(PlannedRun row) {
        Optional<String> reason = WallSpeedupCheck.tooFewCores(row.np(), settings.cores())
            .or(() -> references.runner().isPresent() ? Optional.empty() : Optional.of(NO_REFERENCE))
            .or(settings::notAlone);
        return reason.map(why -> WallSpeedupCheck.inconclusive(context(row), why));
    }

    /**
     * Times and judges the row once the student's parallel run at its rank count is graded ({@code parallelRun}
     * waits for it): where that run's output did not pass, there is nothing to time.
     */
    RunGrade grade(PlannedRun row, Path classes, RunPool pool, Supplier<RunGrade> parallelRun) {
        RunContext context = context(row);
        RunGrade parallel = parallelRun.get();
        if (!ParallelCheck.outputPassed(parallel)) {
            return WallSpeedupCheck.inconclusive(context, WallSpeedupCheck.runDidNotPass(parallel));
        }
        ReferenceRunner reference = references.runner().orElseThrow();
        try {
            // The whole series holds the gate: no run of this grading, or of another, starts between its runs; what
            // keeps cores busy then is other programs'.
            return gate.run(true, () -> busyMachine(context).orElseGet(() -> timeRounds(row, classes, pool, reference)));
        } catch (MpjNotFoundException | UncheckedIOException | ReferenceUnavailableException e) {
            return WallSpeedupCheck.inconclusive(context, "the timed runs could not be made: " + e.getMessage());
        }
    }

    /** The row's verdict where other programs keep more cores busy than a timing can bear, checked before it. */
    private Optional<RunGrade> busyMachine(RunContext context) {
        OptionalDouble busy = settings.otherWork().busyCores();
        if (busy.isPresent() && busy.getAsDouble() > WallClockSettings.MOST_OTHER_CORES) {
            return Optional.of(WallSpeedupCheck.inconclusive(context,
                WallSpeedupCheck.otherProgramsBusy(busy.getAsDouble(), settings.cores())));
        }
        return Optional.empty();
    }

    private RunGrade timeRounds(PlannedRun row, Path classes, RunPool pool, ReferenceRunner reference) {
        ExerciseSpec exercise = row.exercise();
        Map<Turn, List<Double>> seconds = new EnumMap<>(Turn.class);
        Duration spent = Duration.ZERO;
        int rounds = 0;
        for (int round = 0; round < settings.rounds() && spent.compareTo(settings.rowBudget()) < 0; round++) {
            // A round counts only whole, so that every series has its turns in both orders alike.
            Map<Turn, Double> thisRound = new EnumMap<>(Turn.class);
            for (Turn turn : Turn.inRound(round)) {
                int np = turn.np(row.np());
                RunResult result = turn.reference() ? reference.runAlone(exercise, np, row.arguments())
                    : gate.run(true, pool, exercise.request(classes, np, row.arguments()));
                spent = spent.plus(result.wall());
                if (result.ending() != RunResult.Ending.COMPLETED || !result.allRanksFinished()) {
                    return WallSpeedupCheck.inconclusive(context(row), WallSpeedupCheck.timedRunDidNotEnd(
                        context(row), turn.reference(), np, result), Map.of(), spent);
                }
                thisRound.put(turn, result.programWall().toNanos() / 1e9);
                if (spent.compareTo(settings.rowBudget()) >= 0) {
                    break;
                }
            }
            if (thisRound.size() == Turn.values().length) {
                thisRound.forEach((turn, s) -> seconds.computeIfAbsent(turn, t -> new ArrayList<>()).add(s));
                rounds++;
            }
        }
        if (rounds < WallClockSettings.LEAST_ROUNDS) {
            return WallSpeedupCheck.inconclusive(context(row), WallSpeedupCheck.overBudget(settings.rowBudget(),
                rounds), Map.of(), spent);
        }
        WallTimes times = WallTimes.of(row.np(), seconds.get(Turn.REFERENCE_ONE), seconds.get(Turn.REFERENCE_N),
            seconds.get(Turn.STUDENT_ONE), seconds.get(Turn.STUDENT_N));
        return WallSpeedupCheck.judge(context(row), times, referenceModelled(row), spent);
    }

    /** The reference's modelled speedup at the row's rank count, from its (cached) parallel runs. */
    private double referenceModelled(PlannedRun row) {
        ParallelProfile profile = references.reference(row.exercise(), row.np(), row.arguments()).profile();
        ParallelProfile atOneRank = references.reference(row.exercise(), 1, row.arguments()).profile();
        return profile.modelledSpeedup(atOneRank.measured() ? atOneRank.totalWork() : profile.totalWork());
    }

    private static RunContext context(PlannedRun row) {
        return new RunContext(row.exercise().id(), row.np(), row.arguments(), row.visibility());
    }
}
