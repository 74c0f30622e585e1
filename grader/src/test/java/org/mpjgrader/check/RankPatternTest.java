package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The rule a sweep over rank counts shows, as the exact text a student reads; and when there is none. */
class RankPatternTest {
    /** Both sizes open to a pattern, to show how two that fit alike are named. */
    private static final ContractArguments IMAGE = new ContractArguments(List.of("nr", "ni"), List.of());
    private static final ContractArguments MANDELBROT =
        new ContractArguments(List.of("nr", "ni", "imax"), List.of("ni"));
    private static final ContractArguments MASTER_SLAVE =
        new ContractArguments(List.of("jobs", "seed", "unit_ms"), List.of("jobs"));
    private static final ContractArguments UNNAMED = ContractArguments.NONE;

    /** Runs of the same arguments, passing at {@code passing} and failing ({@code FAIL}) at {@code failing}. */
    private static List<RunGrade> sweep(int[] passing, int[] failing, String... arguments) {
        List<RunGrade> runs = new ArrayList<>();
        for (int np : passing) {
            runs.add(run(np, Verdict.PASS, Visibility.VISIBLE, arguments));
        }
        for (int np : failing) {
            runs.add(run(np, Verdict.FAIL, Visibility.VISIBLE, arguments));
        }
        return runs;
    }

    private static RunGrade run(int np, Verdict verdict, Visibility visibility, String... arguments) {
        return new RunGrade("x", np, List.of(arguments), visibility, verdict, verdict.passed() ? "" : "wrong",
            verdict.passed() ? 1 : 0, 1, List.of(), Duration.ZERO);
    }

    private static int[] at(int... np) {
        return np;
    }

    private static String pattern(List<RunGrade> runs, ContractArguments names) {
        return RankPattern.of(runs, names).orElseThrow();
    }

    @Test
    void failingOnlyAtOneRank() {
        assertThat(pattern(sweep(at(2, 3, 4), at(1)), UNNAMED))
            .isEqualTo("fails only at 1 rank: passes at 2, 3, 4 ranks, fails at 1 rank");
    }

    @Test
    void failingAboveTheLargestPassingRankCount() {
        assertThat(pattern(sweep(at(1, 2), at(3, 4)), UNNAMED))
            .isEqualTo("fails with more than 2 ranks: passes at 1, 2 ranks, fails at 3, 4 ranks");
        assertThat(pattern(sweep(at(1), at(2, 3, 4)), UNNAMED))
            .isEqualTo("fails with more than 1 rank: passes at 1 rank, fails at 2, 3, 4 ranks");
    }

    @Test
    void crashesAndDeadlocksAreFailuresToo() {
        List<RunGrade> runs = List.of(run(1, Verdict.PASS, Visibility.VISIBLE), run(2, Verdict.PASS, Visibility.VISIBLE),
            run(3, Verdict.CRASH, Visibility.VISIBLE), run(4, Verdict.DEADLOCK, Visibility.VISIBLE));

        assertThat(pattern(runs, UNNAMED))
            .isEqualTo("fails with more than 2 ranks: passes at 1, 2 ranks, fails at 3, 4 ranks");
    }

    @Test
    void failingBelowTheSmallestPassingRankCount() {
        assertThat(pattern(sweep(at(3, 4, 8), at(1, 2)), UNNAMED))
            .isEqualTo("fails with fewer than 3 ranks: passes at 3, 4, 8 ranks, fails at 1, 2 ranks");
    }

    @Test
    void failingAtOddRankCounts() {
        assertThat(pattern(sweep(at(2, 4, 8), at(1, 3)), UNNAMED))
            .isEqualTo("fails with an odd rank count: passes at 2, 4, 8 ranks, fails at 1, 3 ranks");
    }

    @Test
    void failingWhereTheRankCountIsNotAPowerOfTwo() {
        assertThat(pattern(sweep(at(1, 2, 4, 8), at(3, 6)), UNNAMED)).isEqualTo(
            "fails when the rank count is not a power of two: passes at 1, 2, 4, 8 ranks, fails at 3, 6 ranks");
    }

    @Test
    void failingWhereTheRankCountDoesNotDivideANamedArgument() {
        assertThat(pattern(sweep(at(1, 2, 4, 5), at(3), "300", "100", "1000"), MANDELBROT)).isEqualTo(
            "fails when the rank count does not divide ni (100): passes at 1, 2, 4, 5 ranks, fails at 3 ranks");
    }

    @Test
    void anArgumentTheContractDoesNotNameIsNamedByItsPosition() {
        assertThat(pattern(sweep(at(1, 2, 4, 5), at(3), "100"), UNNAMED)).isEqualTo("fails when the rank count "
            + "does not divide the first argument (100): passes at 1, 2, 4, 5 ranks, fails at 3 ranks");
    }

    @Test
    void argumentsThatTheRunsCannotTellApartAreNamedTogether() {
        assertThat(pattern(sweep(at(1, 2, 4, 5), at(3), "200", "200"), IMAGE)).isEqualTo(
            "fails when the rank count does not divide nr or ni (nr = 200 and ni = 200): passes at 1, 2, 4, 5 ranks, "
                + "fails at 3 ranks");
    }

    @Test
    void onlyTheArgumentsSplitOverTheRanksAreRead() {
        // 3 divides neither the rows nor the iteration limit, but only the rows are shared among the ranks.
        assertThat(pattern(sweep(at(1, 2, 4, 5), at(3), "300", "200", "1000"), MANDELBROT)).isEqualTo(
            "fails when the rank count does not divide ni (200): passes at 1, 2, 4, 5 ranks, fails at 3 ranks");
        assertThat(RankPattern.of(sweep(at(1, 2, 4, 5), at(3), "300", "300", "1000"), MANDELBROT)).isEmpty();
    }

    @Test
    void hiddenInputsAreGroupedWithoutTheirValues() {
        List<RunGrade> runs = new ArrayList<>(sweep(at(1, 2, 4), at(3), "200", "200", "1000"));
        runs.add(run(1, Verdict.PASS, Visibility.HIDDEN, "150", "121", "301"));
        runs.add(run(2, Verdict.FAIL, Visibility.HIDDEN, "120", "187", "301"));
        runs.add(run(3, Verdict.FAIL, Visibility.HIDDEN, "180", "211", "301"));
        runs.add(run(4, Verdict.FAIL, Visibility.HIDDEN, "160", "179", "301"));

        String pattern = pattern(runs, MANDELBROT);

        assertThat(pattern).isEqualTo("fails when the rank count does not divide ni: with ni = 200, passes at 1, 2, "
            + "4 ranks, fails at 3 ranks; on hidden inputs, passes at 1 rank, fails at 2, 3, 4 ranks");
        assertThat(pattern).doesNotContain("121", "187", "211", "179");
        assertThat(RankPattern.of(runs, MANDELBROT)).contains(pattern); // the same runs, the same text
    }

    @Test
    void failingWhereTheSlavesDoNotDivideAnArgument() {
        assertThat(pattern(sweep(at(2, 3, 5, 6), at(4), "20", "42", "10"), MASTER_SLAVE)).isEqualTo(
            "fails when the number of slaves (ranks - 1) does not divide jobs (20): passes at 2, 3, 5, 6 ranks, "
                + "fails at 4 ranks");
    }

    @Test
    void failingWithMoreRanksThanAnArgument() {
        List<RunGrade> runs = new ArrayList<>(sweep(at(2, 3, 4), at(8), "6", "42", "10"));
        runs.addAll(sweep(at(2, 3), at(4, 8), "3", "42", "10"));

        assertThat(pattern(runs, MASTER_SLAVE)).isEqualTo("fails when there are more ranks than jobs: with jobs = 6, "
            + "passes at 2, 3, 4 ranks, fails at 8 ranks; with jobs = 3, passes at 2, 3 ranks, fails at 4, 8 ranks");
    }

    @Test
    void noRuleFitsSoNothingIsSaid() {
        assertThat(RankPattern.of(sweep(at(1, 3), at(2, 4)), UNNAMED)).isEmpty();
        // The same rank count passes on one input and fails on another, and no argument tells them apart.
        List<RunGrade> mixed = List.of(run(2, Verdict.PASS, Visibility.VISIBLE, "1.5"),
            run(2, Verdict.FAIL, Visibility.HIDDEN, "2.5"));
        assertThat(RankPattern.of(mixed, UNNAMED)).isEmpty();
    }

    @Test
    void onlyOneVerdictShowsNoPattern() {
        assertThat(RankPattern.of(sweep(at(1, 2, 3, 4), at()), UNNAMED)).isEmpty();
        assertThat(RankPattern.of(sweep(at(), at(1, 2, 3, 4)), UNNAMED)).isEmpty();
        assertThat(RankPattern.of(List.of(), UNNAMED)).isEmpty();
    }

    @Test
    void failuresThatAreNotTheProgramsOutputShowNoPattern() {
        for (Verdict verdict : List.of(Verdict.COMPILE_ERROR, Verdict.NOT_IMPLEMENTED, Verdict.NOT_GRADED)) {
            List<RunGrade> runs = List.of(run(1, Verdict.PASS, Visibility.VISIBLE),
                run(2, Verdict.PASS, Visibility.VISIBLE), run(3, verdict, Visibility.VISIBLE),
                run(4, Verdict.FAIL, Visibility.VISIBLE));
            assertThat(RankPattern.of(runs, UNNAMED)).as(verdict.name()).isEmpty();
        }
    }
}
