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
            ## What you need

            Java 17, Maven 3.8 and MPJ Express 0.44, then `ci/test` once (it puts MPJ Express where Maven finds it).

            - **Debian or Ubuntu** (Windows: in WSL's Ubuntu): nothing more; the scripts install Debian's
              `libmpj-java` with `apt-get` (with `sudo` when you are not root) the first time they need it.
            - **macOS, other systems** (no `apt-get`): download MPJ Express 0.44 from http://mpjexpress.org/ (the
              archive `mpj-v0_44`), unpack it, and set `MPJ_HOME` to its folder, for instance in `~/.zshrc`:
              `export MPJ_HOME=$HOME/mpj-v0_44`. The scripts use it, never `apt-get`. They run in `bash`.
            - **GitHub Codespaces** (or any editor with dev containers): open the repository in a codespace; its
              `.devcontainer/` is a Debian machine with all of the above.

            Without the sandbox the grader uses on Linux (`bubblewrap`: on macOS, or in a container that forbids
            it) your programs still run and are graded the same; `grader/grade` says on its first lines that runs
            are not isolated from the machine's files.

            ## Check your work

            ```sh
            ci/test                       # installs MPJ Express if needed, then `mvn verify`: grades every exercise
            mvn verify -Dexercise=hello   # grades one exercise (hello,p2p: two)
            grader/grade                  # grades every exercise and prints a table and what went wrong
            grader/grade --only hello     # the same for one exercise
            ```

            `mvn verify` runs one test per exercise and rank count (`hello at 3 ranks`) and prints first a line per
            exercise: it passes, it fails at some rank counts, or it is not started (an exercise whose program prints
            none of the lines the grader reads is skipped, so that it does not bury the one you are working on).
            Below, each failing test says which rank count failed and why: what was expected, what your program
            printed, and where they first differ, or where each rank was blocked in a deadlock. These are the
            visible checks, with fixed inputs; your instructor also grades hidden inputs (other sizes, seeds and rank
            counts' remainders), so make your program right for any input, not for these.

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
