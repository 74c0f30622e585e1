package org.mpjgrader.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;

/** The MPI calls the runner records, through MPJ's woven communicators, of real multicore runs. */
class MpiTraceTest {
    @TempDir
    Path temp;

    private MpjInstallation mpj;
    private Launcher launcher;

    @BeforeEach
    void setUp() {
        mpj = TestCourse.mpj(temp.resolve("cache"));
        launcher = new Launcher(mpj, Sandbox.detect(), temp.resolve("runs"));
    }

    private RunResult run(String program, String mainClass, int np) throws Exception {
        Path classes = TestCourse.compile(program, mpj, temp.resolve("classes-" + program));
        return launcher.run(new RunRequest(classes, mainClass, np, List.of(), RunLimits.DEFAULT));
    }

    @Test
    void recordsEachRanksCallsInOrderWithPeerTagAndBytesButNotTheCallsMpjMakesInside() throws Exception {
        RunResult result = run("calls", "probe.Calls", 3);

        assertThat(result.ending()).isEqualTo(RunResult.Ending.COMPLETED);
        MpiTrace trace = result.trace();
        assertThat(trace.of(0)).extracting(MpiCall::kind, MpiCall::peer, MpiCall::tag, MpiCall::bytes)
            .containsExactly(tuple("Bcast", 0, -1, 24L), tuple("Recv", -2, 11, 8L), tuple("Recv", -2, 11, 8L),
                tuple("Scatterv", 0, -1, 8L), tuple("Gatherv", 0, -1, 8L), tuple("Reduce", 0, -1, 8L),
                tuple("Barrier", -1, -1, 0L));
        assertThat(trace.of(2)).extracting(MpiCall::kind, MpiCall::peer, MpiCall::tag, MpiCall::bytes)
            .containsExactly(tuple("Bcast", 0, -1, 24L), tuple("Send", 0, 11, 8L), tuple("Scatterv", 0, -1, 24L),
                tuple("Gatherv", 0, -1, 24L), tuple("Reduce", 0, -1, 8L), tuple("Barrier", -1, -1, 0L));
        // What a receive from ANY_SOURCE matched, in the order the program printed it.
        assertThat(trace.of(0).subList(1, 3)).extracting(MpiCall::source)
            .containsExactlyElementsOf(result.rank(0).stdout().stream()
                .map(line -> Integer.parseInt(line.substring("from ".length()))).toList());
        assertThat(trace.of(0).get(3).bytesPerRank()).containsExactly(8L, 16L, 24L);
        assertThat(trace.of(1).get(0).end()).isGreaterThanOrEqualTo(trace.of(1).get(0).start());
        assertThat(trace.waiting()).isEmpty();
        assertThat(trace.complete()).isTrue();
    }

    @Test
    void tellsWhichCallEachRankOfADeadlockWaitsIn() throws Exception {
        RunResult result = run("deadlock", "probe.Deadlock", 3);

        assertThat(result.deadlocked()).isTrue();
        assertThat(result.trace().waiting().values()).extracting(MpiCall::rank, MpiCall::kind, MpiCall::peer,
            MpiCall::tag).containsExactlyInAnyOrder(tuple(0, "Recv", 1, 11), tuple(1, "Recv", 2, 11),
            tuple(2, "Recv", 0, 11));
    }
}
