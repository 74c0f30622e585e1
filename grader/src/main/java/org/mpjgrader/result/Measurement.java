package org.mpjgrader.result;

/** The names of what a run's grade may record besides its verdict ({@link RunGrade#measurements()}). */
public final class Measurement {
    /**
     * The program's work at 1 rank over the run's modelled time (its critical path on the work clock): the speedup
     * with a core per rank.
     */
    public static final String MODELLED_SPEEDUP = "modelled_speedup";
    /** The reference solution's modelled speedup on the same input at the same rank count. */
    public static final String REFERENCE_MODELLED_SPEEDUP = "reference_modelled_speedup";
    /** The busiest working rank's work over the mean. */
    public static final String BALANCE = "balance";
    /** All the ranks' work in the run, in work units (bytecode instructions; a millisecond of sleep is 1e6). */
    public static final String WORK = "work";
    /** The run's critical path on the work clock: its time with a core per rank, in work units. */
    public static final String MODELLED_TIME = "modelled_time";
    /** The share of the modelled time in which rank 0 works alone, before its first MPI call and after its last. */
    public static final String SERIAL_SHARE = "serial_share";
    /** The median wall time at 1 rank over the median at the row's rank count: the speedup the machine showed. */
    public static final String WALL_SPEEDUP = "wall_speedup";
    /** The reference solution's wall speedup, timed in the same rounds: the control of the machine. */
    public static final String REFERENCE_WALL_SPEEDUP = "reference_wall_speedup";
    /** The median program time of the student's runs at 1 rank, in a wall-clock speedup's rounds. */
    public static final String WALL_ONE_RANK_SECONDS = "wall_1_rank_s";
    /** The median program time of the student's runs at the row's rank count. */
    public static final String WALL_N_RANKS_SECONDS = "wall_n_ranks_s";
    /** The median program time of the reference's runs at 1 rank. */
    public static final String REFERENCE_WALL_ONE_RANK_SECONDS = "reference_wall_1_rank_s";
    /** The median program time of the reference's runs at the row's rank count. */
    public static final String REFERENCE_WALL_N_RANKS_SECONDS = "reference_wall_n_ranks_s";
    /** Seconds from the ranks' start to their end, as the child JVM measured: the program's own time. */
    public static final String PROGRAM_SECONDS = "program_s";
    /** Seconds the child JVM took to start, for the run that started it (zero in a warm JVM). */
    public static final String JVM_START_SECONDS = "jvm_start_s";
    /** Seconds from the run's request to the ranks' start: MPJ's devices and the ranks' class loaders. */
    public static final String RUN_SETUP_SECONDS = "run_setup_s";
    /** Seconds the grader took to judge the run's output. */
    public static final String CHECK_SECONDS = "check_s";
    /**
     * How many matchings of its wildcard receives the run was graded under besides its own (docs/matching.md): 3,
     * fewer where the grader or the machine spoilt a schedule's run; absent where the run was not explored.
     */
    public static final String MATCHINGS_EXPLORED = "matchings_explored";
    /** Seconds the runs under the other schedules took, the run itself aside; absent where the run was not explored. */
    public static final String EXPLORED_SECONDS = "explored_s";

    private Measurement() {
    }
}
