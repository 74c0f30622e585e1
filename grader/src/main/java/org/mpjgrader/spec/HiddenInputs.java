package org.mpjgrader.spec;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The hidden inputs of each exercise, drawn from a grading's seed. Sizes that are split over the ranks are
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

    /** 14 to 28 jobs of a new seed, 5 ms a time unit. */
    static List<String> masterSlave(int np, Random random) {
        return List.of(Integer.toString(14 + random.nextInt(15)), Integer.toString(1 + random.nextInt(1_000_000)), "5");
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
