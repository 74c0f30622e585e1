package org.mpjgrader.grading;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.launch.Launcher;
import org.mpjgrader.launch.MpjInstallation;
import org.mpjgrader.launch.MpjNotFoundException;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.spec.ExerciseSpec;

/**
 * The grader wired to this machine: MPJ Express from the environment, the launcher, the in-process compiler.
 * The command line and the students' {@code mvn verify} both grade through here, so they cannot disagree.
 */
public final class GradingSession {
    private final Clock clock;
    private final String version;

    public GradingSession(Clock clock, String version) {
        this.clock = clock;
        this.version = version;
    }

    /** Grades {@code submission}; MPJ Express missing makes every run {@code NOT_GRADED}, with the reason. */
    public GradingResult grade(Path submission, List<ExerciseSpec> exercises, long seed, Path scratch,
                               GradingListener listener) {
        MpjInstallation mpj;
        try {
            mpj = MpjInstallation.locate(System.getenv(), Path.of(System.getProperty("java.io.tmpdir"),
                "mpj-grader-cache"));
        } catch (MpjNotFoundException e) {
            return Grader.notGraded(submission.getFileName().toString(), exercises, seed, e.getMessage(), clock,
                version, listener);
        }
        Launcher launcher = new Launcher(mpj, scratch.resolve("runs"));
        Grader grader = new Grader(launcher::run, new SourceCompiler(List.of(mpj.mpjJar())), scratch, clock, version);
        return grader.grade(submission, exercises, seed, listener);
    }
}
