package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * An exercise's {@code matchings} decide its exploration end to end: lesson 8's package copied into a course of its
 * own with other schedules, and a program whose rank 0 receives from any rank graded there (at 3 and 4 ranks two
 * senders or more may race).
 */
class ExerciseMatchingsGradingTest {
    @TempDir
    Path temp;

    @Test
    void anExerciseWithoutSchedulesIsNotExplored() throws Exception {
        GradeRun run = grade("matchings:\n  schedules: []\n");

        assertThat(run.verdicts("p2p")).as(run.runs("p2p")).containsOnly("PASS");
        assertThat(explored(run)).containsOnly(-1);
    }

    @Test
    void anExerciseWithOneScheduleIsExploredUnderItAlone() throws Exception {
        GradeRun run = grade("matchings:\n  schedules: [highest]\n");

        assertThat(run.verdicts("p2p")).as(run.runs("p2p")).containsOnly("PASS");
        assertThat(explored(run)).containsExactly(-1, -1, 1, 1);
    }

    /**
     * The run itself goes under the first schedule, never under the machine's timing: a program that prints in arrival
     * order passes every time where rank order comes first, and fails every time where the latest sender does.
     */
    @Test
    void theRunItselfTakesTheFirstSchedulesMatching() throws Exception {
        GradeRun inRankOrder = grade("matchings:\n  schedules: [lowest]\n", "p2p-anysource-arrival-order");
        GradeRun reversed = grade("matchings:\n  schedules: [highest]\n", "p2p-anysource-arrival-order");

        assertThat(inRankOrder.verdicts("p2p")).as(inRankOrder.runs("p2p")).containsExactly("PASS", "PASS", "PASS",
            "PASS");
        assertThat(reversed.verdicts("p2p")).as(reversed.runs("p2p")).containsExactly("PASS", "PASS", "FAIL", "FAIL");
        assertThat(reversed.message("p2p", 3)).contains("rank 0 printed process 2 before process 1");
    }

    private GradeRun grade(String matchings) throws Exception {
        return grade(matchings, "p2p-correct-anysource-sorted");
    }

    /** {@code fixture} graded on the visible runs, in a course whose p2p package ends with {@code matchings}. */
    private GradeRun grade(String matchings, String fixture) throws Exception {
        Path course = temp.resolve("course-root");
        Path root = TestCourse.root();
        for (String file : List.of("exercises/tasks/p2p.md", "exercises/src/main/java/p2p/PointToPoint.java",
            "solutions/src/main/java/p2p/PointToPoint.java")) {
            Files.createDirectories(course.resolve(file).getParent());
            Files.copy(root.resolve(file), course.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        String yaml = Files.readString(root.resolve("course/p2p/exercise.yaml"))
            .replaceAll("(?s)(# The samples, graded|samples:).*", "") + matchings;
        Path file = Files.createDirectories(course.resolve("course/p2p")).resolve("exercise.yaml");
        Files.writeString(file, yaml);
        return GradeRun.of(course, temp.resolve("result-" + fixture + "-" + matchings.hashCode() + ".json"),
            TestCourse.submission(fixture).toString(), "--only", "p2p", "--visible-only", "--time-limit", "3", "--seed", "1");
    }

    /** The schedules each run was graded under, in rank-count order; -1 where it was not explored. */
    private static List<Integer> explored(GradeRun run) {
        List<Integer> explored = new ArrayList<>();
        for (JsonNode r : run.exercise("p2p").get("runs")) {
            explored.add(r.path("measurements").path("matchings_explored").asInt(-1));
        }
        return explored;
    }
}
