package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.launch.TestRuns.clocked;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.launch.MpiCall;

/** The critical path on made-up traces: each rule of the model, and what it does with a trace cut short. */
class CriticalPathTest {
    private static final int ANY = -2;

    @Test
    void aBroadcastThenEvenWorkThenAReduceTakesOneRanksShare() {
        // Rank 0 reads m (10), broadcasts it; every rank sums its quarter (100); Reduce to rank 0, which prints (5).
        List<MpiCall> calls = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            calls.add(clocked(r, "Bcast", 0, -1, -1, -1, r == 0 ? 10 : 0));
            calls.add(clocked(r, "Reduce", 0, -1, -1, -1, (r == 0 ? 10 : 0) + 100));
        }

        CriticalPath path = CriticalPath.of(calls, List.of(115L, 100L, 100L, 100L));

        assertThat(path.finish()).containsExactly(115L, 110L, 110L, 110L);
        assertThat(path.parallelTime()).isEqualTo(115);
        assertThat(path.serialWork()).isEqualTo(15); // reading m and printing: the others wait or have ended
    }

    @Test
    void ranksThatWaitForThePreviousRanksResultRunOneAfterAnother() {
        // Rank r receives from r - 1, works 100, sends to r + 1: a chain, however even the work is.
        List<MpiCall> calls = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            if (r > 0) {
                calls.add(clocked(r, "Recv", r - 1, 5, r - 1, 5, 0));
            }
            if (r < 3) {
                calls.add(clocked(r, "Send", r + 1, 5, -1, -1, 100));
            }
        }

        CriticalPath path = CriticalPath.of(calls, List.of(100L, 100L, 100L, 100L));

        assertThat(path.finish()).containsExactly(100L, 200L, 300L, 400L);
        assertThat(path.parallelTime()).isEqualTo(400);
    }

    @Test
    void messagesOfOneSourceAndTagMatchInTheOrderTheyWereSent() {
        // Rank 1 sends at 10 and at 50 with tag 3; rank 0 receives both, then a message of tag 4 sent at 0.
        List<MpiCall> calls = List.of(
            clocked(1, "Send", 0, 4, -1, -1, 0),
            clocked(1, "Send", 0, 3, -1, -1, 10),
            clocked(1, "Send", 0, 3, -1, -1, 50),
            clocked(0, "Recv", 1, 3, 1, 3, 0),
            clocked(0, "Recv", 1, 3, 1, 3, 0),
            clocked(0, "Recv", 1, 4, 1, 4, 0));

        CriticalPath path = CriticalPath.of(calls, List.of(0L, 50L));

        assertThat(path.finish()).containsExactly(50L, 50L);
    }

    @Test
    void aWildcardReceiveWaitsForTheSenderItMatched() {
        // Rank 0 receives from ANY_SOURCE: the run matched rank 2's message (sent at 80), not rank 1's (at 20).
        List<MpiCall> calls = List.of(
            clocked(1, "Send", 0, 7, -1, -1, 20),
            clocked(2, "Send", 0, 7, -1, -1, 80),
            clocked(0, "Recv", ANY, 7, 2, 7, 0),
            clocked(0, "Recv", ANY, 7, 1, 7, 0));

        CriticalPath path = CriticalPath.of(calls, List.of(5L, 20L, 80L));

        assertThat(path.finish()).containsExactly(85L, 20L, 80L);
    }

    @Test
    void aGatherWaitsAtTheRootForTheLastRankAndAnAllreduceEverywhere() {
        List<MpiCall> calls = List.of(
            clocked(0, "Gatherv", 0, -1, -1, -1, 10),
            clocked(1, "Gatherv", 0, -1, -1, -1, 40),
            clocked(0, "Allreduce", -1, -1, -1, -1, 10),
            clocked(1, "Allreduce", -1, -1, -1, -1, 40));

        CriticalPath path = CriticalPath.of(calls, List.of(10L, 45L));

        assertThat(path.finish()).containsExactly(40L, 45L);
        assertThat(path.serialWork()).isZero();
    }

    @Test
    void aMessageCostAddsToEveryDependency() {
        List<MpiCall> calls = List.of(
            clocked(0, "Send", 1, 0, -1, -1, 10),
            clocked(1, "Recv", 0, 0, 0, 0, 0));

        CriticalPath path = CriticalPath.of(calls, List.of(10L, 30L), bytes -> 1000 + bytes);

        assertThat(path.finish()).containsExactly(10L, 10 + 1008 + 30L);
    }

    @Test
    void aReceiveWhoseSendTheTraceLacksCompletesAtOnce() {
        // Rank 1's trace was cut short: its send is missing. Rank 0's receive cannot wait for it; the model ends.
        List<MpiCall> calls = List.of(
            clocked(0, "Recv", 1, 0, 1, 0, 10),
            clocked(1, "Bcast", 0, -1, -1, -1, 0));

        CriticalPath path = CriticalPath.of(calls, List.of(20L, 30L));

        assertThat(path.finish()).containsExactly(20L, 30L);
    }

    @Test
    void aRankWithoutCallsWorksAloneAndRankZeroThatDoesEverythingIsSerial() {
        CriticalPath path = CriticalPath.of(List.of(), List.of(400L, 3L, 3L));

        assertThat(path.parallelTime()).isEqualTo(400);
        assertThat(path.serialWork()).isEqualTo(397);
    }
}
