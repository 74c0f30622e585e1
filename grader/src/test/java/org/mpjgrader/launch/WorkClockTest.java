package org.mpjgrader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;

/**
 * The work clock, in real MPJ Express runs: the same counts in every run, sleeps at a million a millisecond, a rank's
 * own threads counted for it, and every MPI call stamped with the clock.
 */
class WorkClockTest {
    private static final long SLEEP = 5 * 1_000_000L;
    /** What probe.Nap's sleeps count: 300,000.5 ms. */
    private static final long NAP = 300_000_500_000L;

    @TempDir
    Path temp;

    private RunPool pool;
    private Path classes;

    @BeforeEach
    void setUp() throws Exception {
        MpjInstallation mpj = TestCourse.mpj(temp.resolve("cache"));
        pool = new Launcher(mpj, Sandbox.detect(), temp.resolve("runs")).pool();
        classes = TestCourse.compile("work", mpj, temp.resolve("classes"));
    }

    @AfterEach
    void tearDown() {
        pool.close();
    }

    private RunResult run(RunRequest request) {
        RunResult result = pool.run(request);
        assertThat(result.allRanksFinished()).as(result.toString()).isTrue();
        return result;
    }

    private static List<Long> work(RunResult result) {
        return result.ranks().stream().map(RankOutput::work).toList();
    }

    @Test
    void everyRunOfTheSameProgramCountsTheSameWork() {
        RunRequest request = new RunRequest(classes, "probe.Work", 3, List.of(), RunLimits.DEFAULT);
        List<Long> first = work(run(request));
        List<Long> second = work(run(request));
        List<Long> third = work(run(request));

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        // Rank R loops 10,000 (R + 1) times: ranks 1 and 2 take the same path but for 10,000 turns of the loop.
        long turn = (first.get(2) - first.get(1)) / 10_000;
        assertThat(first.get(2) - first.get(1)).isEqualTo(10_000 * turn);
        assertThat(turn).isPositive();
        // The sleep counts a million a millisecond; the joined thread's 10,000 turns count for its rank.
        assertThat(first.get(0)).isGreaterThan(SLEEP + 2 * 10_000 * turn);
    }

    @Test
    void everyCallCarriesTheRanksClockAtEntryAndReturn() {
        RunResult result = run(new RunRequest(classes, "probe.Work", 3, List.of(), RunLimits.DEFAULT));

        List<MpiCall> calls = result.trace().calls();
        assertThat(calls).hasSize(4).allSatisfy(call -> {
            assertThat(call.workIn()).isGreaterThan(SLEEP);
            assertThat(call.workOut()).isGreaterThanOrEqualTo(call.workIn());
            assertThat(call.workOut()).isLessThanOrEqualTo(result.ranks().get(call.rank()).work());
        });
        assertThat(calls.stream().filter(c -> c.kind().equals("Recv"))).extracting(MpiCall::source, MpiCall::matchedTag)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 4), org.assertj.core.groups.Tuple.tuple(2, 4));
    }

    @Test
    void aRunMadeWithoutCountingCountsNothingAndRunsTheSame() {
        RunRequest request = new RunRequest(classes, "probe.Work", 2, List.of(), RunLimits.DEFAULT);

        assertThat(work(run(request.withoutWorkCount()))).containsExactly(0L, 0L);
        assertThat(work(run(request))).allMatch(w -> w > SLEEP);
    }

    @Test
    void aRunThatReadsNoWallTimeSleepsAHundredthAndCountsTheSleepInFull() {
        RunRequest request = new RunRequest(classes, "probe.Nap", 2, List.of(), RunLimits.DEFAULT).withShortenedSleeps();

        // Five minutes of sleep in a run limited to ten seconds, on the clock all the same: 300,000.5 ms a rank.
        assertThat(work(run(request))).allMatch(w -> w >= NAP && w < NAP + 1_000_000L);
    }

    @Test
    void aRunUnderAChosenMatchingSleepsAHundredthToo() {
        RunRequest request = new RunRequest(classes, "probe.Nap", 3, List.of(), RunLimits.DEFAULT).withMatching("lowest");

        RunResult result = run(request);

        assertThat(work(result)).allMatch(w -> w >= NAP && w < NAP + 1_000_000L);
        assertThat(result.trace().matches()).hasSize(2);
    }
}
