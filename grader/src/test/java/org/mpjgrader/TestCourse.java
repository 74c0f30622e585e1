package org.mpjgrader;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mpjgrader.compile.CompileResult;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.launch.MpjInstallation;

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

    /** A test resource folder, e.g. {@code programs/deadlock} or {@code submissions/hello-deadlock}. */
    public static Path resource(String name) {
        try {
            return Path.of(TestCourse.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
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
