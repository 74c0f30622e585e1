package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpjgrader.launch.Attempt;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.TestRuns;
import org.mpjgrader.result.IntegrityFlag;

class IntegrityFlagsTest {

    @Test
    void ranksThatTriedTheSameShareALineAndTheFirstThreeThingsAreNamed() {
        List<IntegrityFlag> flags = IntegrityFlags.of(TestRuns.tried(3, List.of(
            new Attempt(0, "grader_code", "org.mpjgrader.runner.WorkCounter", "Hack.java:7"),
            new Attempt(1, "grader_code", "org.mpjgrader.runner.WorkCounter", "Hack.java:7"),
            new Attempt(2, "network", "127.0.0.1:1", "Scan.java:9"),
            new Attempt(2, "network", "127.0.0.1:2", "Scan.java:9"),
            new Attempt(2, "network", "127.0.0.1:3", "Scan.java:9")), Map.of("2\tnetwork", 1224L)));

        assertThat(flags).extracting(IntegrityFlag::message).containsExactly(
            "ranks 0, 1 used the grader's classes: org.mpjgrader.runner.WorkCounter (at Hack.java:7)",
            "rank 2 tried to reach the network: 127.0.0.1:1, 127.0.0.1:2, 127.0.0.1:3, ... (first at Scan.java:9)");
        assertThat(flags).extracting(IntegrityFlag::count).containsExactly(1L, 1224L);
        assertThat(flags).noneMatch(IntegrityFlag::forged).allMatch(IntegrityFlag::zeroable);
    }

    @Test
    void linesShapedLikeTheChannelAreAForgedResultAndOrdinaryOutputIsNothing() {
        RankOutput printer = new RankOutput(0, List.of("Hello World from rank 0 of a total of 1 processes",
            "0\tBYE\t1\t0", "tab\tseparated\tvalues"), List.of(), TestRuns.finished(), Duration.ZERO);

        List<IntegrityFlag> flags = IntegrityFlags.of(TestRuns.completed(List.of(printer)));

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.message()).isEqualTo("rank 0 printed lines imitating the grader's channel: \"0\\tBYE\\t1\\t0\"");
            assertThat(flag.forged()).isTrue();
        });
    }

    @Test
    void aRunThatTriedNothingHasNoFlags() {
        assertThat(IntegrityFlags.of(TestRuns.tried(2, List.of(), Map.of()))).isEmpty();
    }
}
