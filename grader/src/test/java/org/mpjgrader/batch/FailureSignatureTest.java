package org.mpjgrader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The causes on the class summary: what varies between students taken out, the words kept whole. */
class FailureSignatureTest {

    private static String shape(String exercise, Verdict verdict, String message) {
        return FailureSignature.of(new RunGrade(exercise, 2, List.of(), Visibility.VISIBLE, verdict, message, 0, 1,
            List.of(), Duration.ZERO)).shape();
    }

    @Test
    void keepsTheNamesAndTheContractsRangeOfANotImplementedExercise() {
        assertThat(shape("p2p", Verdict.NOT_IMPLEMENTED, "p2p: no rank printed the lines this exercise is graded on "
            + "(rank 0 prints \"Received from process R : sq = S\" for R = 1 .. N-1)\n  complete the TODOs"))
            .isEqualTo("no rank printed the lines this exercise is graded on (rank N prints \"…\" for R = 1 .. N-1)");
    }

    @Test
    void keepsOrdinals() {
        assertThat(shape("mandelbrot", Verdict.NOT_IMPLEMENTED, "mandelbrot: no rank printed the lines this exercise "
            + "is graded on (rank 0 prints \"Checksum: S\" and writes the image to the file the 8th argument names)"))
            .isEqualTo("no rank printed the lines this exercise is graded on (rank N prints \"…\" and writes the "
                + "image to the file the 8th argument names)");
    }

    @Test
    void keepsTheGradersTolerance() {
        assertThat(shape("rootsum", Verdict.FAIL, "rootsum at 1 rank, arguments 1234567: the total is wrong "
            + "(tolerance: relative 1e-9)\n  expected: \"The total sum is 9.144942956312065E8\""))
            .isEqualTo("the total is wrong (tolerance: relative 1e-9)");
    }

    @Test
    void takesOutRanksCountsValuesAndLinesThatVaryBetweenStudents() {
        assertThat(shape("hello", Verdict.FAIL, "hello at 3 ranks: rank 2 reports 4 processes, but the run has 3"))
            .isEqualTo("rank N reports N processes, but the run has N");
        assertThat(shape("matmul-distributed", Verdict.CRASH, "matmul-distributed at 4 ranks, arguments 30 41 23 7: "
            + "rank 3 threw java.lang.ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 120 at "
            + "MatMulDistributed.java:57"))
            .isEqualTo("rank N threw java.lang.ArrayIndexOutOfBoundsException: Index N out of bounds for length N at "
                + "MatMulDistributed.java:N");
        assertThat(shape("matmul", Verdict.FAIL, "matmul at 2 ranks: the checksum 3.87E10 is off by 2.3e+9 (n1 = 37)"))
            .isEqualTo("the checksum N is off by N (n1 = N)");
    }

    @Test
    void theSameMistakeAtAnotherRankCountIsOneCause() {
        assertThat(shape("rootsum", Verdict.FAIL, "rootsum at 2 ranks, arguments 1000: the partial sums are not the "
            + "cyclic split: rank R sums i = R, R+N, R+2N, ... (N = 2)"))
            .isEqualTo(shape("rootsum", Verdict.FAIL, "rootsum at 4 ranks, arguments 655696: the partial sums are "
                + "not the cyclic split: rank R sums i = R, R+N, R+2N, ... (N = 4)"))
            .isEqualTo("the partial sums are not the cyclic split: rank R sums i = R, R+N, R+2N, ... (N = N)");
    }
}
