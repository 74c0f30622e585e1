package org.mpjgrader.grading;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a grading judges wall-clock speedups (a row per exercise with parallel runs and each of their rank counts
 * above 1): the rounds of timed runs per row (0: no rows), the machine's cores, why its runs cannot have the
 * machine to themselves (other gradings beside them), where that is so, how to see other programs' work before a
 * row, and the time a row's runs may take in all.
 *
 * @param rounds        rounds of four runs each (the reference and the student, at 1 rank and at N), 0 for none
 * @param cores         the machine's cores: more ranks than that cannot run at once
 * @param notAlone      why other work shares the machine with the timed runs, which makes every row inconclusive
 * @param otherWork     the cores other programs keep busy, looked at before each row
 * @param rowBudget     the runs of a row stop once their times add up to this; fewer than {@link #LEAST_ROUNDS}
 *                      rounds by then leave the row inconclusive
 */
public record WallClockSettings(int rounds, int cores, Optional<String> notAlone, OtherWork otherWork,
                                Duration rowBudget) {
    /** The rounds {@code grade} times by default: the median of 3 is robust to one disturbed round. */
    public static final int DEFAULT_ROUNDS = 3;
    /** A row costs a student's grading at most this much of timed runs (about 1.5 s on a quiet 2-core machine). */
    public static final Duration DEFAULT_ROW_BUDGET = Duration.ofSeconds(4);
    /** The fewest rounds whose median is judged: below that, one disturbed run would decide. */
    public static final int LEAST_ROUNDS = 2;
    /** Other programs busier than this many cores disturb a timing more than the rows can tell apart. */
    public static final double MOST_OTHER_CORES = 0.5;
    /** How long {@link OtherWork#ofThisMachine} looks before a row. */
    static final Duration LOOK = Duration.ofMillis(500);
    public static final WallClockSettings OFF = new WallClockSettings(0, 1, Optional.empty(), OtherWork.UNKNOWN,
        DEFAULT_ROW_BUDGET);

    public WallClockSettings {
        if (rounds < 0 || cores < 1) {
            throw new IllegalArgumentException("rounds must be at least 0 and cores at least 1: " + rounds + ", "
                + cores);
        }
        Objects.requireNonNull(otherWork, "otherWork");
        Objects.requireNonNull(rowBudget, "rowBudget");
    }

    /** Rows timed alone on this machine, of {@code cores} cores, once other programs leave them the cores. */
    public static WallClockSettings alone(int rounds, int cores) {
        return new WallClockSettings(rounds, cores, Optional.empty(), OtherWork.ofThisMachine(LOOK),
            DEFAULT_ROW_BUDGET);
    }

    /** These settings where other work runs beside the gradings, for {@code why}. */
    public WallClockSettings besideOthers(String why) {
        return new WallClockSettings(rounds, cores, Optional.of(why), otherWork, rowBudget);
    }

    /** These settings with other programs' work seen through {@code work}. */
    public WallClockSettings withOtherWork(OtherWork work) {
        return new WallClockSettings(rounds, cores, notAlone, work, rowBudget);
    }

    /** These settings with a row's runs bounded by {@code budget} in all. */
    public WallClockSettings withRowBudget(Duration budget) {
        return new WallClockSettings(rounds, cores, notAlone, otherWork, budget);
    }

    public boolean on() {
        return rounds > 0;
    }
}
