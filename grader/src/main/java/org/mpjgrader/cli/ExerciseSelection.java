package org.mpjgrader.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;
import org.mpjgrader.spec.ParallelRuns;
import picocli.CommandLine;

/** The exercises a command grades: {@code --only}'s, or all of the course; with {@code --time-limit} applied. */
final class ExerciseSelection {
    private ExerciseSelection() {
    }

    /** As {@link #of}, without the runs on a large input where {@code parallelRuns} is false. */
    static List<ExerciseSpec> of(Course course, List<String> only, Integer timeLimitSeconds, boolean parallelRuns,
                                 CommandLine commandLine) {
        List<ExerciseSpec> selected = of(course, only, timeLimitSeconds, commandLine);
        return parallelRuns ? selected
            : selected.stream().map(e -> e.withParallelRuns(ParallelRuns.NONE)).toList();
    }

    static List<ExerciseSpec> of(Course course, List<String> only, Integer timeLimitSeconds, CommandLine commandLine) {
        List<ExerciseSpec> selected = new ArrayList<>();
        for (String id : only) {
            selected.add(course.find(id).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                "unknown exercise '" + id + "' (known: " + String.join(", ", course.ids()) + ")")));
        }
        if (only.isEmpty()) {
            selected.addAll(course.exercises());
        }
        if (timeLimitSeconds == null) {
            return selected;
        }
        if (timeLimitSeconds < 1) {
            throw new CommandLine.ParameterException(commandLine, "--time-limit must be at least 1 second");
        }
        Duration limit = Duration.ofSeconds(timeLimitSeconds);
        return selected.stream().map(e -> e.withLimits(e.limits().withWallTime(limit))).toList();
    }
}
