package org.mpjgrader.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

class IntegrityProbeTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"hostile-read-secrets", "hostile-write-outside", "hostile-network", "hostile-forged-results",
        "hostile-child-process", "hostile-halt", "hostile-grader-classes", "hello-exit-one-rank"})
    void probe(String fixture) throws Exception {
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        GradeRun run = GradeRun.of(temp.resolve("result.json"), TestCourse.resource("submissions/" + fixture).toString(),
            "--only", "hello", "--time-limit", "3", "--seed", "1", "--scratch", scratch.toString());
        System.out.println("PROBE " + fixture + " exit " + run.exitCode() + "\n" + run.json().get("integrity").toPrettyString());
        for (var r : run.exercise("hello").get("runs")) {
            System.out.println("PROBE-RUN " + r.get("np") + " " + r.get("verdict") + " " + r.get("score") + " " + r.get("integrity") + "\n  " + r.get("message"));
        }
    }
}
