package org.mpjgrader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.report.Results.exercise;
import static org.mpjgrader.report.Results.failed;
import static org.mpjgrader.report.Results.inconclusive;
import static org.mpjgrader.report.Results.passed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The closing lines of a student's mvn verify, as exact text. */
class ExerciseProgressTest {
    private static final String NOTHING = "your program prints none of the lines the grader reads";

    @Test
    void saysWhichExercisesPassWhichFailAtWhichRankCountsAndWhichAreNotStarted() {
        List<ExerciseProgress> progress = List.of(
            ExerciseProgress.of(exercise("hello", "Hello",
                passed("hello", 1, Visibility.VISIBLE), passed("hello", 2, Visibility.VISIBLE))),
            ExerciseProgress.of(exercise("rootsum", "Root sum",
                passed("rootsum", 1, Visibility.VISIBLE, "100"),
                failed("rootsum", 3, Visibility.VISIBLE, Verdict.FAIL, "wrong sum", "100"),
                passed("rootsum", 4, Visibility.VISIBLE, "100"),
                failed("rootsum", 4, Visibility.PARALLEL, Verdict.FAIL, "rank 0 does all the work", "9000"),
                inconclusive("rootsum", 4, "no reference solution to run", "9000"))),
            ExerciseProgress.of(exercise("mandelbrot", "Mandelbrot",
                failed("mandelbrot", 1, Visibility.VISIBLE, Verdict.NOT_IMPLEMENTED, NOTHING),
                failed("mandelbrot", 2, Visibility.VISIBLE, Verdict.NOT_IMPLEMENTED, NOTHING),
                inconclusive("mandelbrot", 2, "the student's run did not pass"))));

        assertThat(ExerciseProgress.summary(progress)).isEqualTo("""
            Your exercises on the visible checks:
              hello                passes at 1, 2 ranks
              rootsum              FAILS at 3, 4 ranks (passes at 1 rank): what went wrong is below
              mandelbrot           not started (prints none of the lines the grader reads)
            passing: 1, failing: 1, not started: 1. One exercise: mvn verify -Dexercise=ID (grader/grade --only ID prints a table).
            """);
    }

    @Test
    void namesEachRunByItsRankCountAndItsInputWhenNotTheVisibleOne() {
        assertThat(ExerciseProgress.runName(passed("hello", 1, Visibility.VISIBLE))).isEqualTo("hello at 1 rank");
        assertThat(ExerciseProgress.runName(passed("rootsum", 4, Visibility.PARALLEL, "9000")))
            .isEqualTo("rootsum at 4 ranks, on the large input");
    }

    @Test
    void anExerciseStartedButPrintingNothingAtSomeRankCountsFails() {
        ExerciseProgress p2p = ExerciseProgress.of(exercise("p2p", "P2p",
            passed("p2p", 1, Visibility.VISIBLE),
            failed("p2p", 2, Visibility.VISIBLE, Verdict.NOT_IMPLEMENTED, NOTHING)));

        assertThat(p2p.state()).isEqualTo(ExerciseProgress.State.FAILS);
        assertThat(p2p.failingAt()).containsExactly(2);
    }
}
