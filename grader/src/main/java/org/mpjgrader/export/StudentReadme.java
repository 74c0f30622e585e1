package org.mpjgrader.export;

import java.util.List;
import org.mpjgrader.spec.ExerciseSpec;

/** The README of a students' repository. */
final class StudentReadme {
    private StudentReadme() {
    }

    static String text(List<ExerciseSpec> exercises) {
        StringBuilder lessons = new StringBuilder();
        for (ExerciseSpec e : exercises) {
            lessons.append("| ").append(e.lesson()).append(" | `").append(e.id()).append("` | `exercises/")
                .append(e.studentPath()).append("` | [task](").append(e.task()).append(") |\n");
        }
        return """
            # Parallel programming with MPJ Express: your exercises

            Each lesson's program is a skeleton with numbered `TODO`s in `exercises/src/main/java/` (the batch script
            of lesson 11 in `exercises/src/main/slurm/`), and a task text in `exercises/tasks/`. Fill them in; keep
            the class names, arguments and output lines the tasks give, since the grader reads them.

            | lesson | id | your file | task |
            |---|---|---|---|
            %s
            ## Check your work

            ```sh
            ci/test                     # installs MPJ Express if needed, then `mvn verify`: grades every exercise
            grader/grade --only hello   # grades one exercise and prints a table and what went wrong
            ```

            `mvn verify` fails, exercise by exercise and rank count by rank count, until your code is right. Each
            failing test says which rank count failed and why: what was expected, what your program printed, and
            where they first differ, or where each rank was blocked in a deadlock. These are the visible checks,
            with fixed inputs; your instructor also grades hidden inputs (other sizes, seeds and rank counts'
            remainders), so make your program right for any input, not for these.

            Verdicts: `PASS`, `FAIL`, `COMPILE_ERROR`, `CRASH`, `DEADLOCK`, `TIMEOUT`, `NOT_IMPLEMENTED`,
            `RESOURCE_LIMIT`, `NOT_GRADED` (the grader or the machine failed: not your fault).
            """.formatted(lessons);
    }
}
