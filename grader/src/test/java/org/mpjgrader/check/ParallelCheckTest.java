package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.launch.TestRuns.clocked;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpjgrader.launch.MpiCall;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.TestRuns;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The parallel checks on made-up work counts and traces: exact messages, thresholds from the reference. */
class ParallelCheckTest {
    private static final RunContext RUN = new RunContext("rootsum", 4, List.of("4000000"), Visibility.PARALLEL);
    private static final RunGrade OUTPUT_PASSED = RUN.grade(Verdict.PASS, "", 2, 2, List.of(), Duration.ofSeconds(1));
    private static final long[] SMALL = {9_000_000, 2_000_000, 2_000_000, 2_000_000};
    /** Rootsum's shape: rank 0 reads m (1,000), Bcast, each rank's own part, Reduce, rank 0 prints (500). */
    private static final long[] EVEN = {1_000_000, 1_000_000, 1_000_000, 1_000_000};
    /** The reference's work at 1 rank: the four parts, the reading and the printing. */
    private static final long AT_ONE_RANK = 4_001_500;

    /** A rootsum-shaped run: Bcast after rank 0's 1,000, each rank's part, Reduce, rank 0's 500 after it. */
    private static RunResult bcastWorkReduce(long[] parts, long[] allocated) {
        List<MpiCall> calls = new ArrayList<>();
        List<Long> work = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        for (int r = 0; r < parts.length; r++) {
            long before = r == 0 ? 1_000 : 0;
            calls.add(clocked(r, "Bcast", 0, -1, -1, -1, before));
            calls.add(clocked(r, "Reduce", 0, -1, -1, -1, before + parts[r]));
            work.add(before + parts[r] + (r == 0 ? 500 : 0));
            bytes.add(allocated[r]);
        }
        return TestRuns.worked(work, bytes, calls);
    }

    /** Each rank waits for the previous rank's partial sum before it starts on its own part. */
    private static RunResult chain(long[] parts) {
        List<MpiCall> calls = new ArrayList<>();
        for (int r = 0; r < parts.length; r++) {
            if (r > 0) {
                calls.add(clocked(r, "Recv", r - 1, 0, r - 1, 0, 0));
            }
            if (r < parts.length - 1) {
                calls.add(clocked(r, "Send", r + 1, 0, -1, -1, parts[r]));
            }
        }
        return TestRuns.worked(List.of(parts[0], parts[1], parts[2], parts[3]), List.of(-1L, -1L, -1L, -1L), calls);
    }

    private static ReferenceOutput reference(long[] parts, long[] allocated) {
        return new ReferenceOutput(List.of(), Map.of(), ParallelProfile.of(bcastWorkReduce(parts, allocated)));
    }

    private static RunGrade judge(RunResult student, long studentAtOneRank) {
        return new ParallelCheck(true).judge(RUN, student, reference(EVEN, SMALL), OUTPUT_PASSED,
            new ParallelCheck.WorkAtOneRank(studentAtOneRank, AT_ONE_RANK));
    }

    @Test
    void evenWorkLikeTheReferencesPassesWithTheModelledSpeedupsRecorded() {
        RunGrade grade = judge(bcastWorkReduce(EVEN, SMALL), AT_ONE_RANK);

        assertThat(grade.verdict()).isEqualTo(Verdict.PASS);
        assertThat(grade.message()).isEmpty();
        assertThat(grade.checks()).extracting(CheckResult::name).containsExactly(ParallelCheck.WORK_SPREAD);
        assertThat(grade.points()).isEqualTo(2);
        assertThat(grade.measurements()).containsEntry(Measurement.MODELLED_SPEEDUP, 4.0)
            .containsEntry(Measurement.REFERENCE_MODELLED_SPEEDUP, 4.0)
            .containsEntry(Measurement.MODELLED_TIME, 1_001_500.0)
            .containsEntry(Measurement.WORK, 4_001_500.0);
    }

    @Test
    void rankZeroDoingAllTheWorkFailsWithTheModelledSpeedupsAndTheSerialPart() {
        RunGrade grade = judge(bcastWorkReduce(new long[] {4_000_000, 20, 20, 20}, SMALL), AT_ONE_RANK + 60);

        assertThat(grade.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(grade.points()).isZero();
        assertThat(grade.message()).isEqualTo("""
            rootsum at 4 ranks, arguments 4000000: the work is not spread over the ranks
              expected: a modelled speedup of at least 3.20 (80% of the reference's 4.00)
              but was:  1.00 (your program's work at 1 rank is 4,001,560; with a core per rank this run takes \
            4,001,500; rank 0 worked 4,001,500, the other ranks 20 each)
              the modelled speedup is the program's work at 1 rank over the time its ranks take with a core each, \
            counted in bytecode instructions of your code (a millisecond of sleep counts 1,000,000), not in seconds: \
            the same on every machine
              hint: one rank does most of the work: split the loop over all the ranks
              rank 0 works alone for 100% of the modelled time, while every other rank waits or has ended (reading \
            or drawing the input, writing the output, or work it does not share); by Amdahl's law no rank count makes \
            this run more than 1.0 times faster""");
    }

    @Test
    void ranksThatEachRepeatTheWholeWorkGetNoSpeedupAndAreToldSo() {
        RunGrade grade = judge(bcastWorkReduce(new long[] {4_000_000, 4_000_000, 4_000_000, 4_000_000}, SMALL),
            AT_ONE_RANK);

        assertThat(grade.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(grade.measurements()).containsEntry(Measurement.MODELLED_SPEEDUP, 1.0);
        assertThat(grade.message()).contains("""
              hint: the ranks together did 4.0 times the work of 1 rank: each rank repeats work the others do; give \
            each rank its own part""");
    }

    @Test
    void aChainOfWaitsGetsNoSpeedupThoughTheWorkIsEven() {
        RunGrade grade = judge(chain(EVEN), 4_000_000);

        assertThat(grade.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(grade.measurements()).containsEntry(Measurement.MODELLED_SPEEDUP, 1.0)
            .containsEntry(Measurement.BALANCE, 1.0);
        assertThat(grade.message()).contains("""
              hint: the work is split evenly, but the ranks wait for one another: a rank that waits for another's \
            result before it starts its own part runs after it, not beside it""");
    }

    @Test
    void aPassingRunWithALargeSerialPartIsToldOfIt() {
        // The reference's serial part is as large: rank 0 writes an image (1,000,000) after the others' parts.
        RunResult student = bcastWorkReduce(new long[] {1_000_000, 1_000_000, 1_000_000, 1_000_000}, SMALL);
        List<Long> work = new ArrayList<>(student.ranks().stream().map(r -> r.work()).toList());
        work.set(0, work.get(0) + 1_000_000);
        RunResult writing = TestRuns.worked(work, List.of(-1L, -1L, -1L, -1L), student.trace().calls());

        RunGrade grade = new ParallelCheck(true).judge(RUN, writing, new ReferenceOutput(List.of(), Map.of(),
                ParallelProfile.of(writing)), OUTPUT_PASSED, new ParallelCheck.WorkAtOneRank(5_001_500, 5_001_500));

        assertThat(grade.verdict()).isEqualTo(Verdict.PASS);
        assertThat(grade.message()).isEqualTo("""
            rootsum at 4 ranks, arguments 4000000: note: part of the work is serial
              rank 0 works alone for 50% of the modelled time, while every other rank waits or has ended (reading \
            or drawing the input, writing the output, or work it does not share); by Amdahl's law no rank count makes \
            this run more than 2.0 times faster""");
    }

    @Test
    void aRunWhoseOutputFailedKeepsThatVerdict() {
        RunGrade crashed = RUN.grade(Verdict.CRASH, "rank 2 threw", 0, 2, List.of(), Duration.ofSeconds(1));

        assertThat(new ParallelCheck(true).judge(RUN, bcastWorkReduce(EVEN, SMALL), reference(EVEN, SMALL),
            crashed, ParallelCheck.WorkAtOneRank.UNKNOWN)).isSameAs(crashed);
    }

    @Test
    void withoutARunAtOneRankTheRunsOwnWorkStandsIn() {
        RunGrade grade = judge(bcastWorkReduce(EVEN, SMALL), -1);

        assertThat(grade.measurements()).containsEntry(Measurement.MODELLED_SPEEDUP, 4.0);
    }

    @Test
    void theMasterThatOnlyHandsOutWorkIsLeftOutOfTheBalance() {
        ParallelProfile masterSlave = new ParallelProfile(List.of(10L, 500L, 500L, 500L), List.of(), 510, 0);

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
    void aRunWhoseWorkWasNotCountedIsNotMeasured() {
        assertThat(ParallelProfile.of(TestRuns.traced(2, List.of())).measured()).isFalse();
    }
}
