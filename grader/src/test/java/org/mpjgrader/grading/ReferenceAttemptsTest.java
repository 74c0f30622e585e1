package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.TestRuns;

/** A reference run that does not run cleanly is made again in a fresh JVM, twice at most, before it counts as lost. */
class ReferenceAttemptsTest {
    private static final String WHAT = "the reference solution of masterslave at 3 ranks with arguments [20, 42, 10]";

    private final List<Boolean> newJvms = new ArrayList<>();

    /** Attempts that end as {@code results}, one after another, recording whether each asked for a new JVM. */
    private ReferenceAttempts.Attempt attempts(RunResult... results) {
        Deque<RunResult> left = new ArrayDeque<>(List.of(results));
        return newJvm -> {
            newJvms.add(newJvm);
            return left.pop();
        };
    }

    private static RunResult clean() {
        return TestRuns.traced(3, List.of());
    }

    @Test
    void aCleanRunIsTheOnlyAttempt() {
        RunResult clean = clean();

        assertThat(ReferenceAttempts.firstClean(WHAT, attempts(clean))).isSameAs(clean);
        assertThat(newJvms).containsExactly(false);
    }

    @Test
    void aRunThatDiedOnceIsMadeAgainInANewJvmAndTheCleanRunCounts() {
        RunResult clean = clean();

        assertThat(ReferenceAttempts.firstClean(WHAT, attempts(TestRuns.died(3), clean))).isSameAs(clean);
        assertThat(newJvms).containsExactly(false, true);
    }

    @Test
    void aRunThatNeverRunsCleanlyIsUnavailableAfterThreeAttemptsWithHowEachEnded() {
        RunResult stuck = TestRuns.stuck(3, List.of(TestRuns.call(1, "Recv", 0, 7, -1, 0)));

        assertThatThrownBy(() -> ReferenceAttempts.firstClean(WHAT,
            attempts(TestRuns.died(3), stuck, TestRuns.died(3), clean())))
            .isInstanceOf(ReferenceUnavailableException.class)
            .hasMessage("the reference solution of masterslave at 3 ranks with arguments [20, 42, 10] did not run "
                + "cleanly in 3 attempts, the retries in fresh JVMs (attempt 1: DIED, rank 0 NOT_ENDED, rank 1 "
                + "NOT_ENDED, rank 2 NOT_ENDED; attempt 2: TIMED_OUT, every rank waiting after 0 ms, rank 1 stuck; "
                + "attempt 3: DIED, rank 0 NOT_ENDED, rank 1 NOT_ENDED, rank 2 NOT_ENDED)");
        assertThat(newJvms).containsExactly(false, true, true);
    }
}
