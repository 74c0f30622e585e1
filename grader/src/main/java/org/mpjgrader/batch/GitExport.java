package org.mpjgrader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A bare git repository's {@code HEAD} as a {@code .zip}, for the grader (which reads folders and zips). */
final class GitExport {
    private GitExport() {
    }

    /**
     * The zip of {@code HEAD}; an empty folder when the repository has no commit (nothing was handed in, and the
     * grading says so exercise by exercise).
     */
    static Path headOf(Path repository, Path work) throws IOException {
        Path zip = work.resolve("head.zip");
        Process git = new ProcessBuilder("git", "--git-dir=" + repository, "archive", "--format=zip",
            "-o", zip.toString(), "HEAD").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        try {
            if (git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0 && Files.isRegularFile(zip)) {
                return zip;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            git.destroyForcibly();
        }
        return Files.createDirectories(work.resolve("empty"));
    }
}
