package org.mpjgrader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a rank that had not ended at the limit is read: computing or waiting. */
class StuckRankTest {
    private static final StackFrame SPIN = new StackFrame("rank-1", "hello.HelloWorld", "main", "HelloWorld.java", 15);
    private static final StackFrame RECV = new StackFrame("rank-1", "mpi.Comm", "Recv", "Comm.java", 300);
    private static final StackFrame WAIT = new StackFrame("", "java.lang.Object", "wait", "Object.java", 1);

    @Test
    void aRankSpinningInItsOwnCodeComputesEvenWhenALoadedMachineGaveItLittleCpu() {
        RankOutcome.Stuck starved = new RankOutcome.Stuck(0.05, "RUNNABLE", List.of(SPIN));

        assertThat(starved.busy()).isTrue();
    }

    @Test
    void aRankInAnMpiCallWithoutCpuWaits() {
        RankOutcome.Stuck waiting = new RankOutcome.Stuck(0.0, "RUNNABLE", List.of(WAIT, RECV, SPIN));

        assertThat(waiting.busy()).isFalse();
        assertThat(waiting.mpiCall()).isEqualTo("Recv");
    }

    @Test
    void aRankThatGotMostOfACoreComputesWherever() {
        assertThat(new RankOutcome.Stuck(0.9, "RUNNABLE", List.of(WAIT, RECV, SPIN)).busy()).isTrue();
    }
}
