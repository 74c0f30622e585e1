package org.mpjgrader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a job array's tasks are read from {@code scontrol show job -o}, without a cluster. */
class SlurmClusterArrayTest {
    @Test
    void startedTasksHaveALineEachAndPendingOnesShareOne() {
        String said = """
            JobId=73 ArrayJobId=71 ArrayTaskId=1 JobName=mpj-grade-shard JobState=COMPLETED Reason=None
            JobId=71 ArrayJobId=71 ArrayTaskId=2-3,5%2 JobName=mpj-grade-shard JobState=PENDING Reason=JobArrayTaskLimit
            JobId=74 ArrayJobId=71 ArrayTaskId=4 JobName=mpj-grade-shard JobState=CANCELLED Reason=None
            """;
        SlurmCluster cluster = new SlurmCluster((command, folder) -> new SlurmCluster.Reply(0, said, ""));

        assertThat(cluster.arrayTaskStates(71)).isEqualTo(Map.of(1, "COMPLETED", 2, "PENDING", 3, "PENDING",
            4, "CANCELLED", 5, "PENDING"));
    }

    @Test
    void aClusterThatDoesNotAnswerGivesNoState() {
        SlurmCluster cluster = new SlurmCluster((command, folder) -> new SlurmCluster.Reply(1, "",
            "slurm_load_jobs error: Invalid job id specified"));

        assertThat(cluster.arrayTaskStates(71)).isEmpty();
    }

    @Test
    void releasingAfterAnotherJobChangesTheDependencyBeforeTheHold() {
        List<List<String>> ran = new ArrayList<>();
        SlurmCluster cluster = new SlurmCluster((command, folder) -> {
            ran.add(command);
            return new SlurmCluster.Reply(0, "", "");
        });

        cluster.releaseAfter(76, "afterany:80");

        assertThat(ran).containsExactly(List.of("scontrol", "update", "JobId=76", "Dependency=afterany:80"),
            List.of("scontrol", "release", "76"));
        assertThat(SlurmCluster.taskIndexes("7")).containsExactly(7);
    }
}
