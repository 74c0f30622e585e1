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

    /**
     * Runs on hidden inputs may take fewer schedules than the visible ones: here the run itself only, under lowest,
     * while the visible runs that may race (3, 4 and 8 ranks: two slaves or more ask the master) are explored.
     */
    @Test
    void runsOnHiddenInputsTakeTheirOwnSchedules() throws Exception {
        GradeRun run = grade("masterslave", "matchings:\n  schedules: [lowest, highest]\n  hidden_inputs: [lowest]\n",
            "masterslave-correct-loops", List.of());

        assertThat(run.verdicts("masterslave")).as(run.runs("masterslave")).containsOnly("PASS");
        assertThat(explored(run, "masterslave")).containsExactly("visible 2: -1", "visible 3: 2", "visible 4: 2",
            "visible 8: 2", "hidden 2: -1", "hidden 3: 1", "hidden 4: 1", "hidden 8: 1");
    }

    private GradeRun grade(String matchings) throws Exception {
        return grade(matchings, "p2p-correct-anysource-sorted");
    }

    /** {@code fixture} graded on the visible runs, in a course whose p2p package ends with {@code matchings}. */
    private GradeRun grade(String matchings, String fixture) throws Exception {
        return grade("p2p", matchings, fixture, List.of("--visible-only", "--time-limit", "3"));
    }

    /** {@code fixture} graded in a course of one package, {@code exercise}'s, ending with {@code matchings}. */
    private GradeRun grade(String exercise, String matchings, String fixture, List<String> options) throws Exception {
        Path course = temp.resolve("course-root");
        Path root = TestCourse.root();
        String yaml = Files.readString(root.resolve("course/" + exercise + "/exercise.yaml"));
        for (String key : List.of("task", "skeleton", "reference")) {
            String file = yaml.replaceAll("(?s).*\n" + key + ": (\\S+)\n.*", "$1");
            Files.createDirectories(course.resolve(file).getParent());
            Files.copy(root.resolve(file), course.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path file = Files.createDirectories(course.resolve("course/" + exercise)).resolve("exercise.yaml");
        Files.writeString(file, yaml.replaceAll("(?s)(# The samples, graded|samples:).*", "") + matchings);
        List<String> arguments = new ArrayList<>(List.of(TestCourse.submission(fixture).toString(), "--only",
            exercise, "--seed", "1"));
        arguments.addAll(options);
        return GradeRun.of(course, temp.resolve("result-" + fixture + "-" + matchings.hashCode() + ".json"),
            arguments.toArray(String[]::new));
    }

    /** The schedules each run was graded under, in rank-count order; -1 where it was not explored. */
    private static List<Integer> explored(GradeRun run) {
        return explored(run, "p2p").stream().map(r -> Integer.valueOf(r.substring(r.indexOf(": ") + 2))).toList();
    }

    /** {@code visible 3: 2}: each run's visibility, rank count and schedules (-1: not explored). */
    private static List<String> explored(GradeRun run, String exercise) {
        List<String> explored = new ArrayList<>();
        for (JsonNode r : run.exercise(exercise).get("runs")) {
            explored.add(r.path("visibility").asText() + " " + r.path("np").asInt() + ": "
                + r.path("measurements").path("matchings_explored").asInt(-1));
        }
        return explored;
    }
}
