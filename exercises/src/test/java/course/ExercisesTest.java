package course;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.spec.Course;

/**
 * Your exercises, graded by the course's grader (the same checks as {@code grader/grade}): one test per
 * exercise and rank count. A failing test's message says which rank count failed and why.
 */
class ExercisesTest {
    /** The visible checks use fixed inputs; the instructors' grading draws hidden ones. */
    private static final long VISIBLE_SEED = 0;

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicNode> yourExercises() {
        Path courseRoot = Path.of(System.getProperty("course.root", ".."));
        Path sources = courseRoot.resolve("exercises/src/main"); // java/ and slurm/ (the batch script)
        GradingResult result = new GradingSession(courseRoot, Clock.systemUTC(), "student")
            .grade(sources, Course.standard().exercises(), VISIBLE_SEED, false, scratch, new GradingListener() { });
        return result.exercises().stream().map(ExercisesTest::exercise);
    }

    private static DynamicNode exercise(ExerciseResult exercise) {
        return DynamicContainer.dynamicContainer(exercise.id() + " (" + exercise.title() + ")",
            exercise.runs().stream().map(ExercisesTest::run));
    }

    private static DynamicTest run(RunGrade run) {
        String name = run.exerciseId() + " at " + run.np() + (run.np() == 1 ? " rank" : " ranks");
        return DynamicTest.dynamicTest(name, () -> {
            // An INCONCLUSIVE row (a wall-clock speedup this machine cannot show) is no failure.
            if (run.verdict().failed()) {
                // The message names the rank count in most cases; a NOT_IMPLEMENTED one is the same at all.
                fail(name + " -> " + run.verdict() + "\n" + run.message());
            }
        });
    }
}
