package org.mpjgrader.spec;

import java.util.List;
import java.util.Optional;
import org.mpjgrader.check.HelloCheck;
import org.mpjgrader.launch.RunLimits;

/** The exercises of the course, in the order of its lessons. */
public final class Course {
    private final List<ExerciseSpec> exercises;

    public Course(List<ExerciseSpec> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    /** The course as the contract in {@code shared/notes/exercise-contract.md} fixes it. */
    public static Course standard() {
        return new Course(List.of(
            new ExerciseSpec("hello", "07 Hello World", "hello.HelloWorld", List.of(1, 2, 3, 4), 1,
                RunLimits.DEFAULT, new HelloCheck(), "exercises/tasks/hello.md")));
    }

    public List<ExerciseSpec> exercises() {
        return exercises;
    }

    public Optional<ExerciseSpec> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return exercises.stream().map(ExerciseSpec::id).toList();
    }
}
