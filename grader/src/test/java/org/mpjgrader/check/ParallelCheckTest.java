package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.TestRuns;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The parallel checks on made-up CPU times and allocations: exact messages, thresholds from the reference. */
class ParallelCheckTest {
    private static final RunContext RUN = new RunContext("rootsum", 4, List.of("200000000"), Visibility.PARALLEL);
    private static final RunGrade OUTPUT_PASSED = RUN.grade(Verdict.PASS, "", 2, 2, List.of(), Duration.ofSeconds(1));

    private static ParallelProfile profile(double[] cpuSeconds, long[] allocated) {
        List<Duration> cpu = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        for (int r = 0; r < cpuSeconds.length; r++) {
            cpu.add(Duration.ofNanos((long) (cpuSeconds[r] * 1e9)));
            bytes.add(allocated[r]);
        }
        return new ParallelProfile(cpu, bytes, Duration.ofSeconds(1));
    }

    private static RunResult run(double[] cpuSeconds, long[] allocated) {
        List<RankOutput> ranks = new ArrayList<>();
        for (int r = 0; r < cpuSeconds.length; r++) {
            ranks.add(new RankOutput(r, List.of(), List.of(), TestRuns.finished(),
                Duration.ofNanos((long) (cpuSeconds[r] * 1e9)), allocated[r], Duration.ZERO));
        }
        return TestRuns.completed(ranks);
    }

    private static ReferenceOutput reference(double[] cpu, long[] allocated) {
        return new ReferenceOutput(List.of(), Map.of(), profile(cpu, allocated));
    }

    private static final double[] EVEN = {0.30, 0.31, 0.30, 0.29};
    private static final long[] SMALL = {9_000_000, 2_000_000, 2_000_000, 2_000_000};

    @Test
    void evenWorkLikeTheReferencesPasses() {
        RunGrade grade = new ParallelCheck(true, 0).judge(RUN, run(EVEN, SMALL), reference(EVEN, SMALL), OUTPUT_PASSED);

        assertThat(grade.verdict()).isEqualTo(Verdict.PASS);
        assertThat(grade.checks()).extracting(CheckResult::name).containsExactly(ParallelCheck.WORK_SPREAD);
        assertThat(grade.points()).isEqualTo(2);
    }

    @Test
    void rankZeroDoingAllTheWorkFailsWithTheModelledSpeedups() {
        double[] rootAlone = {1.20, 0.02, 0.03, 0.02};

        RunGrade grade = new ParallelCheck(true, 0).judge(RUN, run(rootAlone, SMALL), reference(EVEN, SMALL),
            OUTPUT_PASSED);

        assertThat(grade.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(grade.points()).isZero();
        assertThat(grade.message()).isEqualTo("""
            rootsum at 4 ranks, arguments 200000000: the work is not spread over the ranks
              expected: a modelled speedup of at least 3.10 (80% of the reference's 3.87)
              but was:  1.06 (rank 0 used 1.20 s of CPU, the other ranks 0.02 to 0.03 s)
              the modelled speedup is all the ranks' CPU time over the busiest rank's: what the run would gain \
            with a core per rank""");
    }

    @Test
    void aRankOtherThanZeroThatAllocatedAllOfAFailsTheDistributionCheck() {
        long[] broadcastAll = {9_000_000, 6_800_000, 6_800_000, 6_800_000};
        RunContext matmul = new RunContext("matmul-distributed", 4, List.of("960", "600", "500", "11"),
            Visibility.PARALLEL);
        RunGrade passed = matmul.grade(Verdict.PASS, "", 2, 2, List.of(), Duration.ofSeconds(1));

        RunGrade grade = new ParallelCheck(true, 4_608_000).judge(matmul, run(EVEN, broadcastAll),
            reference(EVEN, SMALL), passed);

        assertThat(grade.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(grade.points()).isEqualTo(1);
        assertThat(grade.message()).isEqualTo("""
            matmul-distributed at 4 ranks, arguments 960 600 500 11: rank 1 held all of A, where only rank 0 may
              expected: rank 1 allocates about 2.0 MB, as the reference's does
              but was:  6.8 MB, 4.8 MB more; all of A is 4.6 MB
              scatter A's rows with Scatterv, so that each rank receives only its block""");
    }

    @Test
    void aRunWhoseOutputFailedKeepsThatVerdict() {
        RunGrade crashed = RUN.grade(Verdict.CRASH, "rank 2 threw", 0, 2, List.of(), Duration.ofSeconds(1));

        assertThat(new ParallelCheck(true, 0).judge(RUN, run(EVEN, SMALL), reference(EVEN, SMALL), crashed))
            .isSameAs(crashed);
    }

    @Test
    void theMasterThatOnlyHandsOutWorkIsLeftOutOfTheBalance() {
        ParallelProfile masterSlave = profile(new double[] {0.01, 0.5, 0.5, 0.5}, SMALL);

        assertThat(masterSlave.modelledSpeedup(masterSlave.working(false))).isEqualTo(3.0);
        assertThat(masterSlave.balance(masterSlave.working(false))).isEqualTo(1.0);
        assertThat(masterSlave.balance(masterSlave.working(true))).isGreaterThan(1.3);
    }

    @Test
    void theOutputPassedWhereOnlyTheParallelChecksFailed() {
        RunGrade spreadFailed = RUN.grade(Verdict.FAIL, "not spread", 0, 2,
            List.of(CheckResult.fail(ParallelCheck.WORK_SPREAD, 2, "not spread")), Duration.ZERO);
        RunGrade outputFailed = RUN.grade(Verdict.FAIL, "wrong total", 0, 2,
            List.of(CheckResult.fail("total", 2, "wrong total")), Duration.ZERO);
        RunGrade crashed = RUN.grade(Verdict.CRASH, "rank 1 threw", 0, 2, List.of(), Duration.ZERO);

        assertThat(ParallelCheck.outputPassed(RUN.grade(Verdict.PASS, "", 2, 2, List.of(), Duration.ZERO))).isTrue();
        assertThat(ParallelCheck.outputPassed(spreadFailed)).isTrue();
        assertThat(ParallelCheck.outputPassed(outputFailed)).isFalse();
        assertThat(ParallelCheck.outputPassed(crashed)).isFalse();
    }

    @Test
    void cpuTimeInsideMpiCallsIsNotWork() {
        List<RankOutput> ranks = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            // Rank 0 packed and sent every block: 0.05 s of its 0.12 s went to MPI calls.
            ranks.add(new RankOutput(r, List.of(), List.of(), TestRuns.finished(),
                Duration.ofMillis(r == 0 ? 120 : 70), -1, Duration.ofMillis(r == 0 ? 50 : 0)));
        }
        ParallelProfile profile = ParallelProfile.of(TestRuns.completed(ranks));

        assertThat(profile.cpuSeconds(0)).isEqualTo(0.07);
        assertThat(profile.modelledSpeedup(profile.working(true))).isEqualTo(4.0);
    }
}
