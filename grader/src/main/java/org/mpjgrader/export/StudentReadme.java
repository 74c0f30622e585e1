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

            ## Run a program by hand

            ```sh
            bin/mpjrun -np 4 -dev multicore hello.HelloWorld
            ```

            `bin/mpjrun` takes the options of MPJ Express's `mpjrun.sh` (`-np N -dev multicore CLASS ARGS...`), compiles
            the class's package when a file of it changed, and prints what MPJ Express prints: a first line `MPJ Express
            (0.44) is started in the multicore configuration`, then your program's lines, in any order.

            Verdicts: `PASS`, `FAIL`, `COMPILE_ERROR`, `CRASH`, `DEADLOCK`, `TIMEOUT`, `NOT_IMPLEMENTED`,
            `RESOURCE_LIMIT`, `NOT_GRADED` (the grader or the machine failed: not your fault).
            """.formatted(lessons);
    }
}
