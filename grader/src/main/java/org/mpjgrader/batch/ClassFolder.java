package org.mpjgrader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The submissions of a class: each entry of a folder is one student's, named by the entry. Folders (a git
 * working copy among them), {@code .zip} files and bare git repositories ({@code NAME.git}, or a folder holding
 * {@code HEAD}, {@code objects} and {@code refs}) count; hidden entries and other files do not. Sorted by name,
 * so that every machine sees the same class in the same order.
 */
public final class ClassFolder {
    private ClassFolder() {
    }

    public static List<StudentSubmission> discover(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                .map(ClassFolder::entry).flatMap(Optional::stream)
                .sorted(Comparator.comparing(StudentSubmission::student))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the class folder " + folder, e);
        }
    }

    private static Optional<StudentSubmission> entry(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(path) && lower.endsWith(".zip")) {
            return Optional.of(new StudentSubmission(safe(name.substring(0, name.length() - 4)), path,
                StudentSubmission.Kind.ZIP));
        }
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        if (isBareRepository(path)) {
            String student = lower.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
            return Optional.of(new StudentSubmission(safe(student), path, StudentSubmission.Kind.BARE_GIT));
        }
        return Optional.of(new StudentSubmission(safe(name), path, StudentSubmission.Kind.FOLDER));
    }

    static boolean isBareRepository(Path folder) {
        return Files.isRegularFile(folder.resolve("HEAD")) && Files.isDirectory(folder.resolve("objects"))
            && Files.isDirectory(folder.resolve("refs"));
    }

    /** A name that is safe as a folder and a CSV cell: letters, digits, '.', '-' and '_' only. */
    static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }
}
