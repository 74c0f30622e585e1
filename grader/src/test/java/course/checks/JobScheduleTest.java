package course.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The masterslave jobs as the contract draws them, and the two schedules' makespans. */
class JobScheduleTest {

    @Test
    void weightsAreDrawnAsTheContractSays() {
        JobSchedule schedule = JobSchedule.of(20, 42, 10);

        assertThat(schedule.weights()).hasSize(20).allMatch(w -> w >= 1 && w <= 5);
        assertThat(schedule.weights().stream().mapToInt(Integer::intValue).sum() * 10).isEqualTo(630);
    }

    @Test
    void onDemandGivesEachJobToTheSlaveIdleFirstAndRoundRobinSplitsInAdvance() {
        JobSchedule schedule = new JobSchedule(List.of(5, 1, 1, 1, 5, 1), 10);

        // On demand: slave 1 takes job 1 (5); slave 2 takes jobs 2, 3, 4, 5 as it frees up, ends at 1+1+1+5 = 8;
        // slave 1 is free at 5 and takes job 6: ends at 6.
        assertThat(schedule.onDemand(2)).isEqualTo(Duration.ofMillis(80));
        // Round-robin: slave 1 gets jobs 1, 3, 5 = 11; slave 2 gets 2, 4, 6 = 3.
        assertThat(schedule.roundRobin(2)).isEqualTo(Duration.ofMillis(110));
        assertThat(schedule.onDemand(1)).isEqualTo(schedule.roundRobin(1)).isEqualTo(Duration.ofMillis(140));
    }

    @Test
    void theJobsHandedOutAreTheOnlyOnesALeastMakespanCounts() {
        JobSchedule schedule = new JobSchedule(List.of(5, 1, 1, 1, 5, 1), 10);

        // Jobs numbered from 1: 0 and 7 are not jobs, 5 twice is one job; left are jobs 2, 5, 6 (1, 5, 1).
        JobSchedule handedOut = schedule.only(List.of(0, 2, 5, 5, 6, 7), 1);

        assertThat(handedOut.weights()).containsExactly(1, 5, 1);
        assertThat(handedOut.leastMakespan(2)).isEqualTo(Duration.ofMillis(50));
        assertThat(handedOut.leastMakespan(1)).isEqualTo(Duration.ofMillis(70));
        assertThat(schedule.only(List.of(), 1).leastMakespan(3)).isEqualTo(Duration.ZERO);
    }
}
