package org.mpjgrader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mpjgrader.compile.CompileResult;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.launch.MpjInstallation;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExercisePackage;

/** Where the tests find the course (solutions, exercises, fixtures) and MPJ Express, and how they compile fixtures. */
public final class TestCourse {
    private TestCourse() {
    }

    /** The repository's root, from the {@code course.root} property Surefire sets. */
    public static Path root() {
        return Path.of(System.getProperty("course.root", "..")).toAbsolutePath().normalize();
    }

    public static MpjInstallation mpj(Path cache) {
        return MpjInstallation.locate(System.getenv(), cache);
    }

    /** A test resource folder, e.g. {@code programs/deadlock}; fixture submissions: {@link #submission}. */
    public static Path resource(String name) {
        try {
            return Path.of(TestCourse.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    /**
     * A fixture submission by its name, e.g. {@code hello-deadlock}: a test resource of {@code submissions/}, or a
     * package's sample, {@code course/<id>/submissions/<verdict>/<name>/} in the course's root.
     */
    public static Path submission(String name) {
        URL resource = TestCourse.class.getResource("/submissions/" + name);
        if (resource != null) {
            try {
                return Path.of(resource.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("no test resource submissions/" + name, e);
            }
        }
        Path course = root().resolve(Course.FOLDER);
        try (Stream<Path> packages = Files.list(course)) {
            List<Path> found = packages.map(p -> p.resolve(ExercisePackage.SUBMISSIONS))
                .filter(Files::isDirectory).flatMap(TestCourse::entries).map(verdict -> verdict.resolve(name))
                .filter(Files::isDirectory).toList();
            if (found.size() != 1) {
                throw new IllegalArgumentException(found.isEmpty() ? "no fixture " + name + " in "
                    + "grader/src/test/resources/submissions/ or course/*/submissions/*/" : "fixture " + name
                    + " is in more than one package's samples: " + found);
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> entries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles a fixture program folder into {@code into} and returns it. */
    public static Path compile(String program, MpjInstallation mpj, Path into) throws Exception {
        Path sources = resource("programs/" + program);
        List<Path> files;
        try (var walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        CompileResult result = new SourceCompiler(List.of(mpj.mpjJar())).compile(files, into);
        if (!result.success()) {
            throw new AssertionError("fixture " + program + " does not compile:\n" + result.errorText());
        }
        return into;
    }
}
