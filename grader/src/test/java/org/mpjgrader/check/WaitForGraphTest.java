package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.launch.TestRuns.call;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.launch.TestRuns;

class WaitForGraphTest {

    @Test
    void aRingOfReceivesIsACycleToldFromItsLowestRank() {
        WaitForGraph graph = new WaitForGraph(TestRuns.stuck(4, List.of(call(1, "Recv", 2, 7, -1, 4),
            call(2, "Recv", 3, 7, -1, 4), call(3, "Recv", 1, 7, -1, 4), call(0, "Bcast", 1, -1, -1, 8))));

        assertThat(graph.explanation()).containsExactly(
            "cycle: rank 1 waits for rank 2, rank 2 for rank 3, rank 3 for rank 1: none of them can go on");
        assertThat(graph.waitsFor(0)).containsExactly(1);
    }

    @Test
    void aRankAloneSendingToItselfWaitsForItself() {
        WaitForGraph graph = new WaitForGraph(TestRuns.stuck(1, List.of(call(0, "Send", 0, 0, -1, 4))));

        assertThat(graph.explanation()).containsExactly(
            "rank 0 waits for itself: only a call of its own, after this one, could complete it");
    }

    @Test
    void aRankWaitingForOneThatEndedIsTold() {
        WaitForGraph graph = new WaitForGraph(TestRuns.stuck(3, List.of(call(2, "Send", 1, 5, -1, 4))));

        assertThat(graph.explanation()).containsExactly("rank 2 waits for rank 1, which had already ended");
    }

    @Test
    void aReceiveFromAnyRankOrACollectiveWaitsForEveryOtherRankAndMakesNoCycle() {
        WaitForGraph graph = new WaitForGraph(TestRuns.stuck(3, List.of(call(0, "Recv", -2, -2, -1, 4),
            call(1, "Barrier", -1, -1, -1, 0), call(2, "Barrier", -1, -1, -1, 0))));

        assertThat(graph.waitsFor(0)).containsExactly(1, 2);
        assertThat(graph.explanation()).isEmpty();
        assertThat(WaitForGraph.describe(call(0, "Recv", -2, -2, -1, 4))).isEqualTo("Recv from any rank (any tag)");
        assertThat(WaitForGraph.describe(call(0, "Bcast", 0, -1, -1, 4))).isEqualTo("Bcast (root 0)");
    }
}
