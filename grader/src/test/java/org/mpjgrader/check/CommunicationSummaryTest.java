package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.launch.TestRuns.call;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.launch.TestRuns;
import org.mpjgrader.result.Communication;

class CommunicationSummaryTest {

    @Test
    void countsEachMessageOnceAtItsSenderAndCollectivesAsTheDataTheyMove() {
        Communication said = CommunicationSummary.of(TestRuns.traced(3, List.of(
            call(0, "Bcast", 0, -1, -1, 8), call(1, "Bcast", 0, -1, -1, 8), call(2, "Bcast", 0, -1, -1, 8),
            call(0, "Scatterv", 0, -1, -1, 16, 16L, 24L, 32L), call(1, "Scatterv", 0, -1, -1, 24),
            call(2, "Scatterv", 0, -1, -1, 32),
            call(1, "Send", 0, 11, -1, 4), call(0, "Recv", -2, 11, 1, 4),
            call(0, "Reduce", 0, -1, -1, 8), call(1, "Reduce", 0, -1, -1, 8), call(2, "Reduce", 0, -1, -1, 8))));

        assertThat(said.messages()).containsExactly(List.of(0L, 2L, 2L), List.of(2L, 0L, 0L), List.of(1L, 0L, 0L));
        assertThat(said.bytes()).containsExactly(List.of(0L, 32L, 40L), List.of(12L, 0L, 0L), List.of(8L, 0L, 0L));
        assertThat(said.calls()).containsEntry("Bcast", 3).containsEntry("Scatterv", 3).containsEntry("Send", 1)
            .containsEntry("Recv", 1).containsEntry("Reduce", 3);
        assertThat(said.totalBytes()).isEqualTo(92);
        assertThat(said.complete()).isTrue();
    }

    @Test
    void aRunWithoutCallsHasNoCommunication() {
        assertThat(CommunicationSummary.of(TestRuns.traced(2, List.of()))).isEqualTo(Communication.NONE);
    }
}
