package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.launch.TestRuns.call;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.launch.MpiCall;
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

    @Test
    void requestsReceivedFromNamedSlavesInTurnAreAFixedTurn() {
        assertThat(OnRequestDispatch.fixedTurn(TestRuns.traced(3, List.of(
            call(0, "Recv", 1, 1, 1, 4), call(0, "Send", 1, 2, -1, 4),
            call(0, "Recv", 2, 1, 2, 4), call(0, "Send", 2, 2, -1, 4),
            call(0, "Recv", 1, 1, 1, 4), call(0, "Send", 1, 2, -1, 4))), 3))
            .contains("rank 0 named the sender of each of its 3 receives: slave 1, 2, 1");
    }

    @Test
    void oneWildcardReceiveOrProbeIsNoFixedTurn() {
        assertThat(OnRequestDispatch.fixedTurn(TestRuns.traced(3, List.of(
            call(0, "Recv", 1, 1, 1, 4), call(0, "Send", 1, 2, -1, 4),
            call(0, "Probe", -2, 1, 2, 4), call(0, "Recv", 2, 1, 2, 4), call(0, "Send", 2, 2, -1, 4),
            call(0, "Recv", 1, 1, 1, 4), call(0, "Send", 1, 2, -1, 4))), 3)).isEmpty();
    }

    /** One slave has no turn to wait for; a Sendrecv's log names its destination, not the source it asked for. */
    @Test
    void oneSlaveOrASendrecvAtTheMasterClaimsNoFixedTurn() {
        List<MpiCall> inTurn = List.of(
            call(0, "Recv", 1, 1, 1, 4), call(0, "Send", 1, 2, -1, 4),
            call(0, "Recv", 1, 1, 1, 4), call(0, "Send", 1, 2, -1, 4));
        assertThat(OnRequestDispatch.fixedTurn(TestRuns.traced(2, inTurn), 2)).isEmpty();
        assertThat(OnRequestDispatch.fixedTurn(TestRuns.traced(3, List.of(
            call(0, "Send", 1, 2, -1, 4), call(0, "Sendrecv", 1, 2, 1, 4),
            call(0, "Sendrecv", 2, 2, 2, 4), call(0, "Send", 2, 2, -1, 4))), 3)).isEmpty();
    }

    @Test
    void aMasterThatAnsweredNoRequestClaimsNoFixedTurn() {
        assertThat(OnRequestDispatch.fixedTurn(TestRuns.traced(3, List.of(
            call(0, "Send", 1, 2, -1, 4), call(0, "Send", 2, 2, -1, 4),
            call(0, "Recv", 1, 1, 1, 4), call(0, "Recv", 2, 1, 2, 4))), 3)).isEmpty();
    }
}
