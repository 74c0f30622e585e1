package org.mpjgrader.spec;

import course.checks.JobSchedule;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The hidden inputs of each exercise as the Java course drew them (kept to prove that the packages draw the same),
 * from a grading's seed. Sizes that are split over the ranks are
 * coprime to 12, so that no rank count the course uses (2, 3, 4) divides them: that is where remainder bugs
 * show. Real numbers are printed with three decimals, so the same seed always gives the same text.
 */
final class HiddenInputs {
    /** The file the Mandelbrot program is asked to write, read back by its check. */
    static final String IMAGE = "image.pgm";
    private static final int[] COPRIME_TO_12 = {1, 5, 7, 11};

    private HiddenInputs() {
    }

    /** m with m + 1 terms coprime to 12, between about 0.6 and 1.9 million. */
    static List<String> rootSum(int np, Random random) {
        long terms = coprimeTo12(50_000, 160_000, random);
        return List.of(Long.toString(terms - 1));
    }

    /** An image of 120 to 260 columns and 121 to 259 rows (rows coprime to 12) around the set. */
    static List<String> mandelbrot(int np, Random random) {
        int nr = 120 + random.nextInt(141);
        int ni = (int) coprimeTo12(10, 21, random);
        double rei = -2.0 + 0.5 * random.nextDouble();
        double ref = rei + 2.0 + 0.6 * random.nextDouble();
        double imi = -1.2 + 0.3 * random.nextDouble();
        double imf = imi + 1.8 + 0.6 * random.nextDouble();
        int imax = 300 + random.nextInt(701);
        return List.of(Integer.toString(nr), Integer.toString(ni), decimal(rei), decimal(ref), decimal(imi),
            decimal(imf), Integer.toString(imax), IMAGE);
    }

    /** The makespans of the two schedules differ by at least this much at a hidden masterslave input. */
    static final double MASTER_SLAVE_SEPARATION = 1.4;
    static final int MASTER_SLAVE_UNIT_MS = 40;
    /** Below 3 ranks one slave does every job and no schedule can be told from another: the contract's short unit. */
    static final int MASTER_SLAVE_UNTIMED_UNIT_MS = 10;

    /**
     * 6 to 28 jobs of a new seed, 40 ms a time unit (10 ms below 3 ranks, where run time tells nothing). From 3 ranks on, jobs whose round-robin split in advance
     * takes at least 1.4 times as long as handing them out on demand (with random weights the two differ by only
     * 4 to 12% on average, and some draws favour the split), so that the run time tells them apart; few slaves
     * need few jobs for that, so the number of jobs is drawn anew with each seed.
     */
    static List<String> masterSlave(int np, Random random) {
        int jobs = 6 + random.nextInt(23);
        int seed = 1 + random.nextInt(1_000_000);
        double best = 0;
        for (int tries = 0; np >= 3 && tries < 20_000 && best < MASTER_SLAVE_SEPARATION; tries++) {
            int j = 6 + random.nextInt(23);
            int s = 1 + random.nextInt(1_000_000);
            JobSchedule schedule = JobSchedule.of(j, s, MASTER_SLAVE_UNIT_MS);
            double ratio = (double) schedule.roundRobin(np - 1).toNanos() / schedule.onDemand(np - 1).toNanos();
            if (ratio > best) {
                best = ratio;
                jobs = j;
                seed = s;
            }
        }
        int unit = np >= 3 ? MASTER_SLAVE_UNIT_MS : MASTER_SLAVE_UNTIMED_UNIT_MS;
        return List.of(Integer.toString(jobs), Integer.toString(seed), Integer.toString(unit));
    }

    /** A seeded product with 101 to 299 rows (coprime to 12), 50 to 300 columns and inner dimension. */
    static List<String> matMul(int np, Random random) {
        long n1 = coprimeTo12(8, 25, random);
        return List.of(Long.toString(n1), Integer.toString(50 + random.nextInt(251)),
            Integer.toString(50 + random.nextInt(251)), Integer.toString(1 + random.nextInt(1_000_000)));
    }

    /** 12k + r, r coprime to 12, k in [from, to). */
    private static long coprimeTo12(int from, int to, Random random) {
        return 12L * (from + random.nextInt(to - from)) + COPRIME_TO_12[random.nextInt(COPRIME_TO_12.length)];
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
