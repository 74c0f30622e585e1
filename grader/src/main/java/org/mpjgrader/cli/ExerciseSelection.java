package org.mpjgrader.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.spec.ParallelRuns;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What a command grades, the same for one submission and for a class (a picocli mixin): {@code --only}'s
 * exercises or all of the course, {@code --time-limit}, {@code --visible-only}, {@code --no-parallel-runs}.
 */
final class ExerciseSelection {
    @Option(names = "--only", paramLabel = "ID", split = ",",
        description = "grade only these exercises (ids: ${COMPLETION-CANDIDATES})",
        completionCandidates = GradeCommand.ExerciseIds.class)
    List<String> only = new ArrayList<>();

    @Option(names = "--no-parallel-runs", negatable = false,
        description = "skip the runs on a large input that judge how the work is spread over the ranks")
    boolean noParallelRuns;

    @Option(names = "--visible-only",
        description = "grade the visible runs only (the fixed inputs students run), not the hidden ones")
    boolean visibleOnly;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
        description = "wall-clock limit of each run, for every exercise (default: each exercise's own)")
    Integer timeLimitSeconds;

    boolean hidden() {
        return !visibleOnly;
    }

    boolean parallelRuns() {
        return !noParallelRuns;
    }

    /** The time limit set for every exercise, or 0 where each keeps its own. */
    int timeLimit() {
        return timeLimitSeconds == null ? 0 : timeLimitSeconds;
    }

    /** The selected exercises, with the time limit applied and without the parallel runs if so asked. */
    List<ExerciseSpec> exercises(Course course, CommandLine commandLine) {
        List<ExerciseSpec> selected = new ArrayList<>();
        for (String id : only) {
            selected.add(course.find(id).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                "unknown exercise '" + id + "' (known: " + String.join(", ", course.ids()) + ")")));
        }
        if (only.isEmpty()) {
            selected.addAll(course.exercises());
        }
        if (timeLimitSeconds != null && timeLimitSeconds < 1) {
            throw new CommandLine.ParameterException(commandLine, "--time-limit must be at least 1 second");
        }
        return selected.stream()
            .map(e -> timeLimitSeconds == null ? e
                : e.withLimits(e.limits().withWallTime(Duration.ofSeconds(timeLimitSeconds))))
            .map(e -> noParallelRuns ? e.withParallelRuns(ParallelRuns.NONE) : e)
            .toList();
    }
}
