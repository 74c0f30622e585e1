package org.mpjgrader.grading;

import java.util.Optional;

/**
 * How a grading judges wall-clock speedups (a row per exercise with parallel runs and each of their rank counts
 * above 1): the rounds of timed runs per row (0: no rows), the machine's cores, and why its runs cannot have the
 * machine to themselves (other gradings beside them), where that is so.
 *
 * @param rounds        rounds of four runs each (the reference and the student, at 1 rank and at N), 0 for none
 * @param cores         the machine's cores: more ranks than that cannot run at once
 * @param notAlone      why other work shares the machine with the timed runs, which makes every row inconclusive
 */
public record WallClockSettings(int rounds, int cores, Optional<String> notAlone) {
    /** The rounds {@code grade} times by default: the median of 5 is robust to one disturbed round. */
    public static final int DEFAULT_ROUNDS = 5;
    public static final WallClockSettings OFF = new WallClockSettings(0, 1, Optional.empty());

    public WallClockSettings {
        if (rounds < 0 || cores < 1) {
            throw new IllegalArgumentException("rounds must be at least 0 and cores at least 1: " + rounds + ", "
                + cores);
        }
    }

    /** Rows timed alone on a machine of {@code cores} cores. */
    public static WallClockSettings alone(int rounds, int cores) {
        return new WallClockSettings(rounds, cores, Optional.empty());
    }

    /** These settings where other work runs beside the gradings, for {@code why}. */
    public WallClockSettings besideOthers(String why) {
        return new WallClockSettings(rounds, cores, Optional.of(why));
    }

    public boolean on() {
        return rounds > 0;
    }
}
