package org.mpjgrader.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Deleting a temporary tree, children first. */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes {@code root} and everything under it; what cannot be deleted is left (best effort). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Left for the temporary folder's own cleanup.
        }
    }
}
