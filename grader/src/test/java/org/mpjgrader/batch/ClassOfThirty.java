package org.mpjgrader.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.mpjgrader.TestCourse;
import org.mpjgrader.files.FileTrees;

/**
 * A class of 30 made from the project's own examples, right and wrong, in every form a class folder holds:
 * folders, zips, a bare git repository, an empty folder and a broken zip. Graded on {@code hello} only, where
 * every fixture has a verdict that does not depend on timing.
 */
final class ClassOfThirty {
    static final List<String> FIXTURES = List.of(
        "hello-busy-loop", "hello-correct-alt", "hello-correct-barrier-order", "hello-crash-rank", "hello-deadlock",
        "hello-missing-rank", "hello-off-by-one", "hello-wrong-format", "hello-wrong-size",
        "hostile-read-secrets", "hostile-write-outside", "hostile-network", "hostile-grader-classes",
        "hostile-forged-results", "hostile-child-process", "hostile-memory", "hostile-flood", "hostile-threads",
        "hostile-halt", "hostile-big-file",
        "p2p-correct-sendrecv", "rootsum-correct-alt", "mandelbrot-correct-gather", "masterslave-correct-loops",
        "matmul-correct-2d");
    /** The students whose submission is the reference solution, in three forms: full marks expected. */
    static final List<String> CORRECT = List.of("hello-correct-alt", "hello-correct-barrier-order",
        "hostile-read-secrets", "hostile-write-outside", "hostile-network", "hostile-grader-classes",
        "hostile-child-process", "ref-folder", "ref-git", "ref-zip");

    private ClassOfThirty() {
    }

    static Path create(Path folder) throws Exception {
        Files.createDirectories(folder);
        for (String fixture : FIXTURES) {
            FileTrees.copyTree(TestCourse.submission(fixture), folder.resolve(fixture));
        }
        Path solutions = TestCourse.root().resolve("solutions/src/main/java");
        FileTrees.copyTree(solutions, folder.resolve("ref-folder"));
        zip(solutions, folder.resolve("ref-zip.zip"));
        bareRepository(solutions, folder.resolve("ref-git.git"), folder.resolve(".work"));
        Files.createDirectories(folder.resolve("empty-student"));
        Files.writeString(folder.resolve("broken-zip.zip"), "this is not a zip");
        return folder;
    }

    private static void zip(Path tree, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.walk(tree)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(tree.relativize(p).toString()));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }

    private static void bareRepository(Path tree, Path bare, Path work) throws Exception {
        Path clone = work.resolve("clone");
        FileTrees.copyTree(tree, clone);
        git(clone, "init", "-q");
        git(clone, "add", "-A");
        git(clone, "-c", "user.email=student@example.org", "-c", "user.name=Student", "commit", "-q", "-m", "hand-in");
        git(work, "clone", "-q", "--bare", clone.toString(), bare.toString());
        FileTrees.deleteTree(work);
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed in " + dir);
        }
    }
}
