package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The program times of a wall-clock speedup's rounds, in seconds: the reference solution's and the student's
 * program, each at 1 rank and at the row's rank count, on the same input, timed in turns.
 */
public record WallTimes(Series reference1, Series referenceN, Series student1, Series studentN) {

    /** The times of one program at one rank count, named as a message names them ({@code yours at 4 ranks}). */
    public record Series(String name, List<Double> seconds) {

        public Series {
            seconds = List.copyOf(seconds);
            if (seconds.isEmpty()) {
                throw new IllegalArgumentException("no times for " + name);
            }
        }

        public double median() {
            List<Double> sorted = new ArrayList<>(seconds);
            Collections.sort(sorted);
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        /** The fastest of the middle times (see {@link #spread()}). */
        public double min() {
            return middle().get(0);
        }

        /** The slowest of the middle times. */
        public double max() {
            return middle().get(middle().size() - 1);
        }

        /** The times sorted, from 5 on without the fastest and the slowest: one disturbed round does not count. */
        private List<Double> middle() {
            List<Double> sorted = new ArrayList<>(seconds);
            Collections.sort(sorted);
            return sorted.size() >= 5 ? sorted.subList(1, sorted.size() - 1) : sorted;
        }

        /**
         * How far the middle times lie apart, relative to their median: what other work on the machine stirred in.
         * From 5 rounds on the fastest and the slowest are left out, as one burst of other work is common on a
         * shared machine and the median does not feel it.
         */
        public double spread() {
            double median = median();
            return median == 0 ? 0 : (max() - min()) / median;
        }
    }

    /** The four series of a row at {@code np} ranks, named for its messages. */
    public static WallTimes of(int np, List<Double> reference1, List<Double> referenceN, List<Double> student1,
                               List<Double> studentN) {
        String ranks = np + " ranks";
        return new WallTimes(new Series("the reference's runs at 1 rank", reference1),
            new Series("the reference's runs at " + ranks, referenceN), new Series("your runs at 1 rank", student1),
            new Series("your runs at " + ranks, studentN));
    }

    public List<Series> all() {
        return List.of(reference1, referenceN, student1, studentN);
    }

    /** The reference's median time at 1 rank over its median at the row's rank count. */
    public double referenceSpeedup() {
        return reference1.median() / referenceN.median();
    }

    /** The student's median time at 1 rank over the median at the row's rank count. */
    public double studentSpeedup() {
        return student1.median() / studentN.median();
    }

    /** How many rounds were timed. */
    public int rounds() {
        return studentN.seconds().size();
    }
}
