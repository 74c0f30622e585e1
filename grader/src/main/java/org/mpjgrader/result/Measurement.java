package org.mpjgrader.result;

/** The names of what a run's grade may record besides its verdict ({@link RunGrade#measurements()}). */
public final class Measurement {
    /** All the ranks' CPU time over the busiest rank's: the speedup with a core per rank. */
    public static final String MODELLED_SPEEDUP = "modelled_speedup";
    /** The reference solution's modelled speedup on the same input at the same rank count. */
    public static final String REFERENCE_MODELLED_SPEEDUP = "reference_modelled_speedup";
    /** The busiest working rank's CPU time over the mean. */
    public static final String BALANCE = "balance";

    private Measurement() {
    }
}
