package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpjgrader.GradeRun;
import org.mpjgrader.TestCourse;

/**
 * What a hostile submission tried is contained (its verdicts, as in {@link HostileSubmissionTest}) and reported: the
 * JSON's {@code integrity} (per run, and one line per thing tried at the top), the feedback's Integrity section and
 * the JUnit XML. The course's setting decides whether a run is flagged only (default; a forged result fails it) or
 * zeroed. Correct programs are never flagged (the reference solutions: {@code CourseGradingTest}).
 */
class IntegrityReportTest {
    @TempDir
    Path temp;

    private GradeRun grade(String fixture, String... more) throws Exception {
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        List<String> args = new ArrayList<>(List.of(TestCourse.submission(fixture).toString(),
            "--only", "hello", "--time-limit", "3", "--seed", "1", "--scratch", scratch.toString(),
            "--feedback", temp.resolve("feedback.md").toString(), "--junit", temp.resolve("junit").toString()));
        args.addAll(List.of(more));
        GradeRun run = GradeRun.of(temp.resolve("result.json"), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(0, 3);
        return run;
    }

    private static List<String> lines(JsonNode array) {
        List<String> lines = new ArrayList<>();
        array.forEach(line -> lines.add(line.asText()));
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        hostile-read-secrets   | PASS PASS PASS PASS     | hello at 1, 2, 3, 4 ranks: rank 0 tried to read outside its folder: /etc/passwd, /etc/shadow, /root, ... (first at HelloWorld.java:24)
        hostile-write-outside  | PASS PASS PASS PASS     | hello at 1, 2, 3, 4 ranks: rank 0 tried to write outside its folder: ../hostile-escaped.txt, /tmp/hostile-escaped.txt, /hostile-escaped.txt, ... (first at HelloWorld.java:21)
        hostile-network        | PASS PASS PASS PASS     | hello at 1, 2, 3, 4 ranks: rank 0 tried to reach the network: 127.0.0.1:1, 127.0.0.1:2, 127.0.0.1:3, ... (first at HelloWorld.java:30)
        hostile-child-process  | PASS PASS PASS PASS     | hello at 1, 2, 3, 4 ranks: rank 0 tried to start a process: sh (at HelloWorld.java:12)
        hostile-grader-classes | PASS PASS PASS PASS     | hello at 1, 2, 3, 4 ranks: the submission holds classes in the grader's package, which never run: org.mpjgrader.runner.Channel, org.mpjgrader.runner.RankRunner
        hostile-forged-results | FAIL FAIL FAIL FAIL     | hello at 1, 2, 3, 4 ranks: rank 0 wrote a results file: result.json, results.json (first at HelloWorld.java:16);hello at 1, 2, 3, 4 ranks: rank 0 printed lines imitating the grader's channel: "0\\tEND\\t0\\tFINISHED\\t1\\t\\t", "0\\tBYE\\t1\\t0"
        hostile-halt           | CRASH CRASH CRASH CRASH | hello at 1 rank: rank 0 called Runtime.halt(7) (at HelloWorld.java:13);hello at 2 ranks: rank 1 called Runtime.halt(7) (at HelloWorld.java:13);hello at 3 ranks: rank 2 called Runtime.halt(7) (at HelloWorld.java:13);hello at 4 ranks: rank 3 called Runtime.halt(7) (at HelloWorld.java:13)
        hello-exit-one-rank    | PASS CRASH CRASH CRASH  | hello at 2, 3, 4 ranks: rank 1 called System.exit(3) (at HelloWorld.java:12)
        """)
    void eachAttemptIsContainedAndReportedInEveryReport(String fixture, String verdicts, String tried) throws Exception {
        GradeRun run = grade(fixture);
        List<String> expected = Arrays.asList(tried.split(";"));
        assertThat(run.verdicts("hello")).as(run.runs("hello")).isEqualTo(List.of(verdicts.split(" ")));
        assertThat(lines(run.json().get("integrity"))).isEqualTo(expected);
        assertThat(Files.readString(temp.resolve("feedback.md"))).contains("\n## Integrity\n\nYour programs tried what "
            + "the sandbox denies or the course forbids (your teacher sees this too):\n\n```\n"
            + String.join("\n", expected) + "\n```\n");
        String firstRunFlag = expected.get(0).substring(expected.get(0).indexOf(": ") + 2);
        assertThat(run.exercise("hello").get("runs").get(fixture.equals("hello-exit-one-rank") ? 1 : 0)
            .get("integrity").get(0).get("message").asText()).isEqualTo(firstRunFlag);
        assertThat(Files.readString(temp.resolve("junit/TEST-hello.xml")))
            .contains("<property name=\"mpj-grader.integrity\" value=\"" + firstRunFlag.replace("\"", "&quot;"))
            .contains("<system-out><![CDATA[integrity: " + firstRunFlag);
    }

    @Test
    void aForgedResultFailsTheRunWithNoPointsAndSaysWhy() throws Exception {
        GradeRun run = grade("hostile-forged-results");
        assertThat(run.exercise("hello").get("score").asDouble()).isZero();
        assertThat(run.message("hello", 2)).endsWith("\nhello at 2 ranks: integrity: rank 0 wrote a results file: "
            + "result.json, results.json (first at HelloWorld.java:16)\n"
            + "  a forged result fails the run: only the grader's own reading of the output counts");
        assertThat(run.json().get("exercises").get(0).get("runs").get(1).get("integrity").get(0).get("forged")
            .asBoolean()).isTrue();
    }

    @Test
    void theSettingZeroZeroesEveryRunThatTriedWhatTheGraderForbids() throws Exception {
        GradeRun flagged = grade("hostile-child-process");
        assertThat(flagged.exercise("hello").get("score").asDouble()).isEqualTo(4);
        assertThat(flagged.out()).contains("\nIntegrity (what the programs tried that the sandbox denies or the course "
            + "forbids):\n  hello at 1, 2, 3, 4 ranks: rank 0 tried to start a process: sh (at HelloWorld.java:12)\n");

        GradeRun zeroed = grade("hostile-child-process", "--integrity", "zero");
        assertThat(zeroed.verdicts("hello")).as(zeroed.runs("hello")).containsOnly("FAIL");
        assertThat(zeroed.exercise("hello").get("score").asDouble()).isZero();
        assertThat(zeroed.message("hello", 3)).isEqualTo("hello at 3 ranks: integrity: rank 0 tried to start a process: "
            + "sh (at HelloWorld.java:12)\n  this course scores 0 for a run that tries what the grader forbids");
    }

    @Test
    void aCorrectProgramIsNotFlagged() throws Exception {
        GradeRun run = grade("hello-correct-barrier-order");
        assertThat(run.verdicts("hello")).as(run.runs("hello")).containsOnly("PASS");
        assertThat(run.json().get("integrity")).isEmpty();
        run.exercise("hello").get("runs").forEach(r -> assertThat(r.get("integrity")).isEmpty());
        assertThat(Files.readString(temp.resolve("feedback.md"))).doesNotContain("Integrity");
    }

    @Test
    void anUnknownSettingIsABadCommandLine() throws Exception {
        GradeRun run = GradeRun.of(temp.resolve("result.json"), TestCourse.submission("hello-correct-alt")
            .toString(), "--integrity", "ignore");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--integrity must be flag or zero, not 'ignore'");
    }
}
