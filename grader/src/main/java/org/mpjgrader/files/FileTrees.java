package org.mpjgrader.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Creating a temporary tree, copying a tree, and deleting one (or what is in it), children first. */
public final class FileTrees {
    private FileTrees() {
    }

    /** A new folder under {@code parent} (created if need be), named {@code prefix} and a random part. */
    public static Path createTempDirectory(Path parent, String prefix) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working folder under " + parent, e);
        }
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

    /** Deletes everything under {@code folder}, keeping the folder; false when something is left. */
    public static boolean emptyFolder(Path folder) {
        try (var children = Files.list(folder)) {
            children.toList().forEach(FileTrees::deleteTree);
        } catch (IOException e) {
            return false;
        }
        try (var left = Files.list(folder)) {
            return left.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies {@code from} and everything under it to {@code to} (created), replacing files already there. */
    public static void copyTree(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }
}
