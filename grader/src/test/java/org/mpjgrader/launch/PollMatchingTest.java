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
 * Probes under a schedule, in real MPJ Express runs: what a poll ({@code Iprobe}) finds and which sender a
 * {@code Probe} from any rank shows are the schedule's, never the timing's, so that a program that polls takes the
 * same path in every run.
 */
class PollMatchingTest {
    @TempDir
    Path temp;

    private RunPool pool;
    private Path classes;

    @BeforeEach
    void setUp() throws Exception {
        MpjInstallation mpj = TestCourse.mpj(temp.resolve("cache"));
        pool = new Launcher(mpj, Sandbox.detect(), temp.resolve("runs")).pool();
        classes = TestCourse.compile("poll", mpj, temp.resolve("classes"));
    }

    @AfterEach
    void tearDown() {
        pool.close();
    }

    private RunResult run(String program, String schedule) {
        RunResult result = pool.run(new RunRequest(classes, program, 4, List.of(), RunLimits.DEFAULT)
            .withShortenedSleeps().withMatching(schedule));
        assertThat(result.allRanksFinished()).as(result.toString()).isTrue();
        return result;
    }

    private static List<String> rankZero(RunResult result) {
        return result.ranks().get(0).stdout();
    }

    @Test
    void underLowestAPollFindsWhatIsPendingLowestSenderFirst() {
        for (int time = 0; time < 3; time++) {
            RunResult result = run("probe.Poll", "lowest");

            assertThat(rankZero(result)).containsExactly("from 1", "from 2", "from 3", "empty polls 0");
            assertThat(result.trace().matches()).extracting(WildcardMatch::call, WildcardMatch::chosen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Iprobe", 1),
                    org.assertj.core.groups.Tuple.tuple("Iprobe", 2), org.assertj.core.groups.Tuple.tuple("Iprobe", 3));
        }
    }

    @Test
    void underHighestAPollFindsNothingOnceThenTheLatestSender() {
        for (int time = 0; time < 3; time++) {
            RunResult result = run("probe.Poll", "highest");

            assertThat(rankZero(result)).containsExactly("from 3", "from 2", "from 1", "empty polls 3");
            assertThat(result.trace().matches()).extracting(WildcardMatch::chosen)
                .containsExactly(-1, 3, -1, 2, -1, 1);
            assertThat(result.trace().matches().get(0)).satisfies(first -> {
                assertThat(first.candidates()).containsExactly(1, 2, 3);
                assertThat(first.foundNothing()).isTrue();
                assertThat(first.site()).isEqualTo("Poll.java:19");
            });
        }
    }

    @Test
    void aReplayedPollTakesTheRecordedDecisions() {
        RunResult result = run("probe.Poll", "replay:0.0=2,0.1=-1,0.2=3");

        assertThat(rankZero(result)).containsExactly("from 2", "from 3", "from 1", "empty polls 1");
    }

    @Test
    void aProbeFromAnyRankShowsTheSendersTheScheduleChooses() {
        assertThat(rankZero(run("probe.Peek", "lowest"))).containsExactly("from 1", "from 2", "from 3");
        RunResult highest = run("probe.Peek", "highest");

        assertThat(rankZero(highest)).containsExactly("from 3", "from 2", "from 1");
        assertThat(highest.trace().matches()).extracting(WildcardMatch::call).containsOnly("Probe");
    }
}
