package org.mpjgrader.check;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;

/**
 * How a run on a large input spread its work, against the reference solution's run on the same input at the same
 * rank count, measured in the same grading on the work clock ({@link ParallelProfile}): the student's modelled
 * speedup must reach most of the reference's. The modelled speedup is the program's work at 1 rank over the run's
 * critical path, so that rank 0 doing everything, every rank repeating the whole work and ranks waiting for one
 * another in a chain all show. (That no rank but 0 holds all of a distributed matrix is read from the calls, by
 * {@link CallRule#onlyRootReceivesWhole}, in every run.)
 */
public final class ParallelCheck {
    static final String WORK_SPREAD = "work spread over the ranks";
    /** Checks of how a program works, not of what it prints: a run failing only these printed the right output. */
    private static final Set<String> NOT_OF_OUTPUT = Set.of(WORK_SPREAD, TaughtCalls.NAME);
    /** The share of the reference's modelled speedup a run must reach, unless the exercise says otherwise. */
    public static final double SHARE_OF_REFERENCE = 0.8;
    /** From this share of the modelled time in which rank 0 works alone, a run is told of its serial part. */
    static final double SERIAL_NOTE = 0.1;
    /** Ranks that did this many times the work of 1 rank repeat one another's work. */
    private static final double REPEATED = 1.5;
    /** Work spread this evenly (busiest over mean) that still gives no speedup waits in a chain. */
    private static final double EVEN = 1.25;

    private final boolean rootWorks;
    private final double share;

    /** @param rootWorks whether rank 0 shares the work (not in master-slave, where it only hands it out) */
    public ParallelCheck(boolean rootWorks) {
        this(rootWorks, SHARE_OF_REFERENCE);
    }

    /** @param share the share of the reference's modelled speedup a run must reach */
    public ParallelCheck(boolean rootWorks, double share) {
        this.rootWorks = rootWorks;
        this.share = share;
    }

    /**
     * The work of the program and of the reference at 1 rank on the same input, which the modelled speedups are
     * reckoned from; -1 where a run at 1 rank did not count it (then a run's own total work stands in).
     */
    public record WorkAtOneRank(long student, long reference) {
        public static final WorkAtOneRank UNKNOWN = new WorkAtOneRank(-1, -1);
    }

    /** The parallel checks of a run whose output was judged {@code output}; a run with wrong output keeps that. */
    public RunGrade judge(RunContext run, RunResult result, ReferenceOutput reference, RunGrade output,
                          WorkAtOneRank atOneRank) {
        ParallelProfile student = ParallelProfile.of(result);
        if (output.verdict() != Verdict.PASS || !reference.profile().measured() || !student.measured()) {
            return output;
        }
        Speedups speedups = new Speedups(student, reference.profile(), atOneRank);
        CheckResult spread = workSpread(run, speedups, output.maxPoints());
        boolean passed = spread.passed();
        String message = passed ? (run.np() > 1 ? serialNote(run, student).orElse("") : "") : spread.message();
        return run.grade(passed ? Verdict.PASS : Verdict.FAIL, message, spread.points(), output.maxPoints(),
            List.of(spread),
            output.wall()).withMeasurements(Map.of(
                Measurement.MODELLED_SPEEDUP, round(speedups.student()),
                Measurement.REFERENCE_MODELLED_SPEEDUP, round(speedups.reference()),
                Measurement.BALANCE, round(student.balance(student.working(rootWorks))),
                Measurement.WORK, (double) student.totalWork(),
                Measurement.MODELLED_TIME, (double) student.modelledTime(),
                Measurement.SERIAL_SHARE, round(student.serialShare())));
    }

    /** The two modelled speedups of a run, each from its own program's work at 1 rank. */
    private record Speedups(ParallelProfile studentRun, ParallelProfile referenceRun, long studentAtOne,
                            long referenceAtOne) {
        Speedups(ParallelProfile student, ParallelProfile reference, WorkAtOneRank atOne) {
            this(student, reference, atOne.student() >= 0 ? atOne.student() : student.totalWork(),
                atOne.reference() >= 0 ? atOne.reference() : reference.totalWork());
        }

        double student() {
            return studentRun.modelledSpeedup(studentAtOne);
        }

        double reference() {
            return referenceRun.modelledSpeedup(referenceAtOne);
        }
    }

    /** Two decimals, as every report prints it: the grade keeps what a student reads. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * Whether a run this check judged printed the right output, however its work was spread: it passed, or only
     * checks of how it works failed (this check's own, which replaces the output checks of a run whose output
     * passed, or the taught calls).
     */
    public static boolean outputPassed(RunGrade judged) {
        List<CheckResult> failed = judged.checks().stream().filter(c -> !c.passed()).toList();
        return judged.verdict() == Verdict.PASS || judged.verdict() == Verdict.FAIL && !failed.isEmpty()
            && failed.stream().allMatch(c -> NOT_OF_OUTPUT.contains(c.name()));
    }

    private CheckResult workSpread(RunContext run, Speedups speedups, double points) {
        double speedup = round(speedups.student());
        double expected = round(speedups.reference());
        if (speedup >= round(share * expected)) {
            return CheckResult.pass(WORK_SPREAD, points);
        }
        ParallelProfile student = speedups.studentRun();
        List<Integer> working = student.working(rootWorks);
        int busiest = working.stream().max(Comparator.comparingLong(student.work()::get)).orElse(0);
        long othersMin = working.stream().filter(r -> r != busiest).mapToLong(student.work()::get).min().orElse(0);
        long othersMax = working.stream().filter(r -> r != busiest).mapToLong(student.work()::get).max().orElse(0);
        FailureMessage message = FailureMessage.of(run, "the work is not spread over the ranks")
            .detail(String.format(Locale.ROOT, "expected: a modelled speedup of at least %.2f (%.0f%% of the "
                + "reference's %.2f)", round(share * expected), 100 * share, expected))
            .detail(String.format(Locale.ROOT, "but was:  %.2f (your program's work at 1 rank is %,d; with a core "
                + "per rank this run takes %,d; rank %d worked %,d, the other ranks %s)", speedup,
                speedups.studentAtOne(), student.modelledTime(), busiest, student.work().get(busiest),
                othersMin == othersMax ? String.format(Locale.ROOT, "%,d each", othersMin)
                    : String.format(Locale.ROOT, "%,d to %,d", othersMin, othersMax)))
            .detail("the modelled speedup is the program's work at 1 rank over the time its ranks take with a core "
                + "each, counted in bytecode instructions of your code (a millisecond of sleep counts 1,000,000), "
                + "not in seconds: the same on every machine");
        cause(student, speedups.studentAtOne(), working).ifPresent(message::detail);
        serialPart(student).ifPresent(message::detail);
        return CheckResult.fail(WORK_SPREAD, points, message.text());
    }

    /** Why the speedup is low, where the profile shows it: repeated work, one rank's work, or a chain of waits. */
    private static Optional<String> cause(ParallelProfile student, long atOneRank, List<Integer> working) {
        if (atOneRank > 0 && student.totalWork() >= REPEATED * atOneRank) {
            return Optional.of(String.format(Locale.ROOT, "hint: the ranks together did %.1f times the work of 1 "
                + "rank: each rank repeats work the others do; give each rank its own part", (double)
                student.totalWork() / atOneRank));
        }
        if (student.balance(working) > EVEN) {
            return Optional.of("hint: one rank does most of the work: split the loop over all the ranks");
        }
        if (student.ranks() > 1) {
            return Optional.of("hint: the work is split evenly, but the ranks wait for one another: a rank that "
                + "waits for another's result before it starts its own part runs after it, not beside it");
        }
        return Optional.empty();
    }

    /** A note on the serial part, where it holds a good share of the modelled time. */
    private static Optional<String> serialNote(RunContext run, ParallelProfile student) {
        return serialPart(student).map(part -> FailureMessage.of(run, "note: part of the work is serial")
            .detail(part).text());
    }

    private static Optional<String> serialPart(ParallelProfile student) {
        double serial = student.serialShare();
        if (serial < SERIAL_NOTE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "rank 0 works alone for %.0f%% of the modelled time, while "
            + "every other rank waits or has ended (reading or drawing the input, writing the output, or work it "
            + "does not share); by Amdahl's law no rank count makes this run more than %.1f times faster",
            100 * serial, 1 / serial));
    }

}
