package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;

/**
 * How a run on a large input spread its work, against the reference solution's run on the same input at the same
 * rank count, measured in the same grading: whatever the machine, the student's modelled speedup must reach
 * most of the reference's. Where the exercise distributes a matrix, no rank but 0 may have held all of it.
 */
public final class ParallelCheck {
    static final String WORK_SPREAD = "work spread over the ranks";
    static final String DISTRIBUTED = "no rank but 0 holds all of A";
    /** The share of the reference's modelled speedup a run must reach, unless the exercise says otherwise. */
    public static final double SHARE_OF_REFERENCE = 0.8;

    private final boolean rootWorks;
    private final long wholeBytes;
    private final double share;

    /**
     * @param rootWorks  whether rank 0 shares the work (not in master-slave, where it only hands it out)
     * @param wholeBytes the size of the matrix only rank 0 may hold whole, or 0 where nothing is distributed
     */
    public ParallelCheck(boolean rootWorks, long wholeBytes) {
        this(rootWorks, wholeBytes, SHARE_OF_REFERENCE);
    }

    /** @param share the share of the reference's modelled speedup a run must reach */
    public ParallelCheck(boolean rootWorks, long wholeBytes, double share) {
        this.rootWorks = rootWorks;
        this.wholeBytes = wholeBytes;
        this.share = share;
    }

    /** The parallel checks of a run whose output was judged {@code output}; a run with wrong output keeps that. */
    public RunGrade judge(RunContext run, RunResult result, ReferenceOutput reference, RunGrade output) {
        if (output.verdict() != Verdict.PASS || !reference.profile().measured()) {
            return output;
        }
        ParallelProfile student = ParallelProfile.of(result);
        boolean distributed = wholeBytes > 0;
        double each = output.maxPoints() / (distributed ? 2 : 1);
        List<CheckResult> checks = new ArrayList<>(List.of(workSpread(run, student, reference.profile(), each)));
        if (distributed) {
            checks.add(distributed(run, student, reference.profile(), each));
        }
        double points = checks.stream().mapToDouble(CheckResult::points).sum();
        String message = String.join("\n", checks.stream().filter(c -> !c.passed()).map(CheckResult::message).toList());
        List<Integer> working = student.working(rootWorks);
        return run.grade(checks.stream().allMatch(CheckResult::passed) ? Verdict.PASS : Verdict.FAIL, message,
            points, output.maxPoints(), checks, output.wall()).withMeasurements(Map.of(
                Measurement.MODELLED_SPEEDUP, student.modelledSpeedup(working),
                Measurement.REFERENCE_MODELLED_SPEEDUP, reference.profile().modelledSpeedup(reference.profile().working(rootWorks)),
                Measurement.BALANCE, student.balance(working)));
    }

    /**
     * Whether a run this check judged printed the right output, however its work was spread: it passed, or only
     * this check's own checks failed (it replaces the output checks of a run whose output passed).
     */
    public static boolean outputPassed(RunGrade judged) {
        return judged.verdict() == Verdict.PASS || judged.verdict() == Verdict.FAIL && !judged.checks().isEmpty()
            && judged.checks().stream().allMatch(c -> c.name().equals(WORK_SPREAD) || c.name().equals(DISTRIBUTED));
    }

    private CheckResult workSpread(RunContext run, ParallelProfile student, ParallelProfile reference, double points) {
        List<Integer> working = student.working(rootWorks);
        double speedup = student.modelledSpeedup(working);
        double expected = reference.modelledSpeedup(reference.working(rootWorks));
        if (speedup >= share * expected) {
            return CheckResult.pass(WORK_SPREAD, points);
        }
        int busiest = working.stream().max((a, b) -> Double.compare(student.cpuSeconds(a), student.cpuSeconds(b)))
            .orElse(0);
        double othersMin = working.stream().filter(r -> r != busiest).mapToDouble(student::cpuSeconds).min().orElse(0);
        double othersMax = working.stream().filter(r -> r != busiest).mapToDouble(student::cpuSeconds).max().orElse(0);
        return CheckResult.fail(WORK_SPREAD, points, FailureMessage.of(run, "the work is not spread over the ranks")
            .detail(String.format(Locale.ROOT, "expected: a modelled speedup of at least %.2f (%.0f%% of the "
                + "reference's %.2f)", share * expected, 100 * share, expected))
            .detail(String.format(Locale.ROOT, "but was:  %.2f (rank %d used %.2f s of CPU, the other ranks %.2f to "
                + "%.2f s)", speedup, busiest, student.cpuSeconds(busiest), othersMin, othersMax))
            .detail("the modelled speedup is all the ranks' CPU time over the busiest rank's: what the run would gain "
                + "with a core per rank")
            .text());
    }

    /**
     * A rank that received all of A allocated it: more than the reference's same rank did by at least half of A.
     * (Allocation is measured per rank thread; the reference, measured alike, gives what a rank needs besides.)
     */
    private CheckResult distributed(RunContext run, ParallelProfile student, ParallelProfile reference,
                                    double points) {
        for (int rank = 1; rank < student.allocatedBytes().size() && rank < reference.allocatedBytes().size();
             rank++) {
            long extra = student.allocatedBytes().get(rank) - reference.allocatedBytes().get(rank);
            if (student.allocatedBytes().get(rank) >= 0 && extra > wholeBytes / 2) {
                return CheckResult.fail(DISTRIBUTED, points, FailureMessage.of(run,
                        "rank " + rank + " held all of A, where only rank 0 may")
                    .detail(String.format(Locale.ROOT, "expected: rank %d allocates about %.1f MB, as the "
                        + "reference's does", rank, mb(reference.allocatedBytes().get(rank))))
                    .detail(String.format(Locale.ROOT, "but was:  %.1f MB, %.1f MB more; all of A is %.1f MB", mb(
                        student.allocatedBytes().get(rank)), mb(extra), mb(wholeBytes)))
                    .detail("scatter A's rows with Scatterv, so that each rank receives only its block")
                    .text());
            }
        }
        return CheckResult.pass(DISTRIBUTED, points);
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }
}
