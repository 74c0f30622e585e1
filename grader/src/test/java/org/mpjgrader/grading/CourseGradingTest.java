package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;
import org.mpjgrader.spec.Course;

/** The whole course, as {@code grader/grade} grades it: the references at full marks, the skeletons unfinished. */
// Grading hpc submits a job to the real cluster where there is one.
@ResourceLock(SlurmGradingTest.CLUSTER)
class CourseGradingTest {
    @TempDir
    Path temp;

    @Test
    void theReferenceSolutionsGetFullMarksEverywhereWithTwoSeeds() throws Exception {
        for (long seed : new long[] {11, 12}) {
            GradeRun run = GradeRun.of(temp.resolve("solutions-" + seed + ".json"),
                TestCourse.root().resolve("solutions").toString(), "--seed", Long.toString(seed));

            for (String id : Course.standard().ids()) {
                assertThat(run.verdicts(id)).as("%s with seed %d:%n%s", id, seed, run.out()).containsOnly("PASS");
            }
            assertThat(run.exitCode()).isZero();
            assertThat(run.json().get("score").asDouble()).isEqualTo(run.json().get("max_score").asDouble());
            assertThat(hiddenRuns(run.json())).isPositive();
            assertThat(run.json().get("integrity").toString()).as("what the reference solutions tried").isEqualTo("[]");
        }
    }

    @Test
    void theUntouchedSkeletonsAreNotImplementedEverywhere() throws Exception {
        GradeRun run = GradeRun.of(temp.resolve("exercises.json"), TestCourse.root().resolve("exercises").toString(),
            "--visible-only");

        for (String id : Course.standard().ids()) {
            assertThat(run.verdicts(id)).as(id).containsOnly("NOT_IMPLEMENTED");
        }
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.json().get("score").asDouble()).isZero();
    }

    private static int hiddenRuns(JsonNode json) {
        int hidden = 0;
        for (JsonNode exercise : json.get("exercises")) {
            for (JsonNode run : exercise.get("runs")) {
                hidden += run.get("visibility").asText().equals("hidden") ? 1 : 0;
            }
        }
        return hidden;
    }
}
