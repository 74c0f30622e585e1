package course;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.report.ExerciseProgress;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;
import org.opentest4j.AssertionFailedError;

/**
 * Your exercises, graded by the course's grader (the same checks as {@code grader/grade}): one test per exercise
 * and rank count ({@code hello at 3 ranks}), a failing one saying why; an exercise not started yet is one skipped
 * test, so that it does not bury the one you are working on. {@code mvn verify -Dexercise=hello} (or
 * {@code -Dexercise=hello,p2p}) grades only those. A summary of every exercise is printed before the failures.
 */
@DisplayName("your exercises")
class ExercisesTest {
    /** The visible checks use fixed inputs; the instructors' grading draws hidden ones. */
    private static final long VISIBLE_SEED = 0;

    @TempDir
    Path scratch;

    @TestFactory
    @DisplayName("exercise") // Surefire's XML names a test "exercise hello at 3 ranks"
    Stream<DynamicNode> yourExercises() {
        List<ExerciseSpec> all = Course.standard().exercises();
        List<ExerciseSpec> chosen = chosen(all, System.getProperty("exercise", ""));
        if (chosen.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("-Dexercise", () -> failWith("-Dexercise names no exercise of "
                + "this course; choose among " + all.stream().map(ExerciseSpec::id).collect(Collectors.joining(", ")))));
        }
        Path courseRoot = Path.of(System.getProperty("course.root", ".."));
        Path sources = courseRoot.resolve("exercises/src/main"); // java/ and slurm/ (the batch script)
        GradingResult result = new GradingSession(courseRoot, Clock.systemUTC(), "student")
            .grade(sources, chosen, VISIBLE_SEED, false, scratch, new GradingListener() { });
        List<ExerciseProgress> progress = result.exercises().stream().map(ExerciseProgress::of).toList();
        System.out.print(ExerciseProgress.summary(progress));
        return result.exercises().stream().flatMap(ExercisesTest::exercise);
    }

    /** The exercises -Dexercise names (all when it is empty); none when it names one the course lacks. */
    private static List<ExerciseSpec> chosen(List<ExerciseSpec> all, String property) {
        Set<String> ids = Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return all;
        }
        List<ExerciseSpec> chosen = all.stream().filter(e -> ids.contains(e.id())).toList();
        return chosen.size() == ids.size() ? chosen : List.of();
    }

    private static Stream<DynamicTest> exercise(ExerciseResult exercise) {
        if (ExerciseProgress.of(exercise).state() == ExerciseProgress.State.NOT_STARTED) {
            return Stream.of(DynamicTest.dynamicTest(exercise.id() + ": not started",
                () -> Assumptions.abort(exercise.id() + " is not started")));
        }
        return exercise.runs().stream().map(ExercisesTest::run);
    }

    private static DynamicTest run(RunGrade run) {
        String name = ExerciseProgress.runName(run);
        return DynamicTest.dynamicTest(name, () -> {
            // An INCONCLUSIVE row (a wall-clock speedup this machine cannot show) is no failure.
            if (run.verdict().failed()) {
                failWith(name + " -> " + run.verdict() + "\n" + run.message());
            }
        });
    }

    /** Fails with the grader's message alone: the harness's stack would only hide it. */
    private static void failWith(String message) {
        AssertionFailedError failure = new AssertionFailedError(message);
        failure.setStackTrace(new StackTraceElement[0]);
        throw failure;
    }
}
