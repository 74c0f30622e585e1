package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.launch.TestRuns.call;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.launch.TestRuns;

class OnRequestDispatchTest {

    @Test
    void aMasterThatAnswersWhoeverAskedKeepsTheLog() {
        assertThat(OnRequestDispatch.firstUnrequested(TestRuns.traced(3, List.of(
            call(0, "Recv", -2, 1, 2, 4), call(0, "Send", 2, 2, -1, 4),
            call(0, "Recv", -2, 1, 1, 4), call(0, "Send", 1, 2, -1, 4),
            call(0, "Recv", -2, 1, 1, 4), call(0, "Send", 1, 2, -1, 4))))).isEmpty();
    }

    @Test
    void aFirstJobToEachSlaveMayGoUnasked() {
        assertThat(OnRequestDispatch.firstUnrequested(TestRuns.traced(3, List.of(
            call(0, "Send", 1, 2, -1, 4), call(0, "Send", 2, 2, -1, 4),
            call(0, "Recv", -2, 1, 2, 4), call(0, "Send", 2, 2, -1, 4))))).isEmpty();
    }

    @Test
    void aSecondMessageToASlaveThatDidNotAskIsNamed() {
        assertThat(OnRequestDispatch.firstUnrequested(TestRuns.traced(3, List.of(
            call(0, "Send", 1, 2, -1, 4), call(0, "Send", 2, 2, -1, 4),
            call(0, "Recv", -2, 1, 2, 4), call(0, "Send", 1, 2, -1, 4)))))
            .contains("rank 0's message 3 (Send to rank 1 (tag 2)) went to slave 1, but the last request had come "
                + "from slave 2");
    }

    @Test
    void nonBlockingReceivesLeaveTheLogUnread() {
        assertThat(OnRequestDispatch.firstUnrequested(TestRuns.traced(3, List.of(
            call(0, "Irecv", -2, 1, -1, 4), call(0, "Send", 1, 2, -1, 4), call(0, "Send", 1, 2, -1, 4))))).isEmpty();
    }
}
