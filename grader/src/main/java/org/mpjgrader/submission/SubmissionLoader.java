package org.mpjgrader.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Copies a submission into a workspace and finds its sources and batch scripts. Build output ({@code target}),
 * tests ({@code test}) and hidden folders are skipped, so a Maven project such as {@code exercises/} can be
 * graded as it is.
 */
public final class SubmissionLoader {
    private static final Set<String> SKIPPED = Set.of("target", "test", "build", "out", "bin");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final long MAX_ZIP_BYTES = 64L << 20;
    /** What is copied: Java sources and SLURM batch scripts. */
    private static final List<String> COPIED = List.of(".java", ".slurm");

    /**
     * @throws SubmissionException when the path is neither a folder nor a zip, or the zip is unreadable
     */
    public Submission load(Path origin, Path workspace) {
        Path root = workspace.resolve("src");
        try {
            Files.createDirectories(root);
            if (Files.isDirectory(origin)) {
                copyTree(origin, root);
            } else if (Files.isRegularFile(origin) && origin.getFileName().toString().endsWith(".zip")) {
                unzip(origin, root);
            } else {
                throw new SubmissionException(origin + " is neither a folder nor a .zip file");
            }
            return new Submission(nameOf(origin), origin, root, sourcesByPackage(root), scripts(root));
        } catch (IOException e) {
            throw new SubmissionException("cannot read " + origin + ": " + e.getMessage());
        }
    }

    private static String nameOf(Path origin) {
        String name = origin.toAbsolutePath().normalize().getFileName().toString();
        return name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && skipped(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && copied(file.getFileName().toString())) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Extracts the sources and scripts; an entry that would land outside the workspace is refused. */
    private static void unzip(Path zip, Path to) throws IOException {
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = to.resolve(entry.getName()).normalize();
                if (!target.startsWith(to)) {
                    throw new SubmissionException("the zip entry " + entry.getName() + " points outside the submission");
                }
                if (entry.isDirectory() || !copied(entry.getName()) || hasSkippedPart(to.relativize(target))) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                total += copyBounded(in, target, MAX_ZIP_BYTES - total);
            }
        }
    }

    private static long copyBounded(InputStream in, Path target, long budget) throws IOException {
        byte[] buffer = new byte[8192];
        long written = 0;
        try (var out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > budget) {
                    throw new SubmissionException("the zip's sources are larger than " + (MAX_ZIP_BYTES >> 20) + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static boolean hasSkippedPart(Path relative) {
        for (Path part : relative) {
            if (skipped(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean copied(String name) {
        return COPIED.stream().anyMatch(name::endsWith);
    }

    private static boolean skipped(String name) {
        return name.startsWith(".") || SKIPPED.contains(name);
    }

    private static Map<String, List<Path>> sourcesByPackage(Path root) throws IOException {
        Map<String, List<Path>> byPackage = new TreeMap<>();
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                byPackage.computeIfAbsent(packageOf(file), k -> new ArrayList<>()).add(file);
            }
        }
        return byPackage;
    }

    private static List<Path> scripts(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".slurm") && Files.isRegularFile(f)).sorted().toList();
        }
    }

    static String packageOf(Path source) throws IOException {
        Matcher m = PACKAGE.matcher(new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : "";
    }
}
