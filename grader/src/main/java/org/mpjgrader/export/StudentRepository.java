package org.mpjgrader.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.grading.RecordedReference;
import org.mpjgrader.grading.ReferenceSource;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExercisePackage;
import org.mpjgrader.spec.ExerciseSpec;

/**
 * Writes a students' copy of the course from the maintainers' one. What goes in is listed here, not what
 * stays out, so that a new file of the maintainers' (a solution, a fixture) never leaks by default; within
 * {@code course/}, the packages' samples ({@code course/<id>/submissions/}) stay out.
 */
public final class StudentRepository {
    /** Copied whole, build output left out. */
    private static final List<String> TREES = List.of("src/main", "grader/src/main", "course", "exercises/src/main",
        "exercises/src/test/java", "exercises/tasks");
    /**
     * Copied as they are: {@code grader/grade} runs both install scripts, {@code bin/mpjrun} runs a program by hand,
     * {@code .devcontainer/} is the course's machine for GitHub Codespaces.
     */
    private static final List<String> FILES = List.of("src/pom.xml", "grader/pom.xml", "grader/grade",
        "exercises/pom.xml", "ci/install-mpj", "ci/install-sandbox", "bin/mpjrun", ".gitignore",
        ".devcontainer/devcontainer.json", ".devcontainer/Dockerfile");
    private static final Set<String> SKIPPED_DIRS = Set.of("target", ".git");

    private final Path courseRoot;

    public StudentRepository(Path courseRoot) {
        this.courseRoot = courseRoot;
    }

    /**
     * Writes the students' repository into {@code target} (which must not exist or be empty), recording the
     * expected output of every visible run from {@code references}.
     */
    public void export(Path target, List<ExerciseSpec> exercises, ReferenceSource references) throws IOException {
        if (Files.exists(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(target + " is not empty");
                }
            }
        }
        Files.createDirectories(target);
        for (String tree : TREES) {
            copyTree(tree, courseRoot.resolve(tree), target.resolve(tree));
        }
        for (String file : FILES) {
            copyFile(courseRoot.resolve(file), target.resolve(file));
        }
        Files.writeString(target.resolve("pom.xml"), withoutSolutions(Files.readString(courseRoot.resolve("pom.xml"))));
        writeExecutable(target.resolve("ci/test"), studentTestScript());
        // Maven's own lines (a reactor of four modules) would bury the grader's summary of the exercises.
        Files.createDirectories(target.resolve(".mvn"));
        Files.writeString(target.resolve(".mvn/maven.config"), "--quiet\n--no-transfer-progress\n");
        Files.writeString(target.resolve("README.md"), StudentReadme.text(exercises), StandardCharsets.UTF_8);
        RecordedReference.record(exercises, references, target.resolve(GradingSession.RECORDED));
    }

    /**
     * Left out of {@code course/}: each package's samples, {@code course/<id>/submissions/}, some of them right
     * answers to the exercise.
     */
    private static boolean leftOut(String tree, Path relative) {
        return tree.equals(Course.FOLDER) && relative.getNameCount() == 2
            && relative.getFileName().toString().equals(ExercisePackage.SUBMISSIONS);
    }

    /** The students' build has no solutions module. */
    static String withoutSolutions(String pom) {
        String module = "<module>solutions</module>";
        if (!pom.contains(module)) {
            throw new IllegalStateException("the course's pom.xml has no " + module + " to leave out");
        }
        return pom.lines().filter(l -> !l.contains(module)).reduce("", (a, b) -> a + b + "\n");
    }

    private static String studentTestScript() {
        return """
            #!/usr/bin/env bash
            # Installs MPJ Express when it is missing, then builds and grades your exercises (mvn verify).
            set -euo pipefail
            root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
            "$root/ci/install-mpj"
            cd "$root"
            mvn -B -ntp verify "$@"
            """;
    }

    private static void writeExecutable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().setExecutable(true, false);
    }

    private static void copyFile(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static void copyTree(String tree, Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (SKIPPED_DIRS.contains(dir.getFileName().toString()) || leftOut(tree, from.relativize(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    copyFile(file, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
