package org.mpjgrader.check.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mpjgrader.check.ContractArguments;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.check.kind.LinesKind;
import org.mpjgrader.launch.RankOutcome;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunLimits;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.TestRuns;
import org.mpjgrader.result.CheckResult;

/**
 * {@code kind: lines} built from a package's settings, on outputs written here: which rank, which rank count, the
 * input, what was expected, what came, the first difference and the hints, in the exact words a student reads.
 */
class LinesCheckTest {
    private static final String RING = """
        kind: lines
        lines:
          - pattern: "Rank {rank} received a total of {total} after {steps} steps"
            printed_by: every-rank
            hint: print exactly "Rank R received a total of S after K steps"
            numbers:
              rank: {equals: rank, hint: print the rank MPI.COMM_WORLD.Rank() returns}
              total: {equals: "sum(k, 1, steps, (rank - k) mod ranks)", hint: add what you receive from the left}
              steps: {equals: steps}
        """;
    private static final String TOTAL = """
        kind: lines
        lines:
          - pattern: "The total sum is {total}"
            printed_by: rank-0
            numbers:
              total: {reference: true, relative: 1e-9, hint: add every partial sum once}
        """;

    private static LinesCheck check(String yaml, String... arguments) throws Exception {
        return (LinesCheck) new LinesKind().create(new ObjectMapper(new YAMLFactory()).readTree(yaml), null,
            new ContractArguments(List.of(arguments), List.of()));
    }

    private static List<CheckResult> ring(int np, String steps, List<List<String>> stdout) throws Exception {
        return check(RING, "steps").check(new RunContext("ring", np, List.of(steps)), result(stdout),
            ReferenceOutput.none(), 1);
    }

    @Test
    void theRingsLinesPass() throws Exception {
        assertThat(ring(4, "5", List.of(List.of("Rank 0 received a total of 9 after 5 steps"),
            List.of("Rank 1 received a total of 6 after 5 steps", "a remark"),
            List.of("  Rank 2 received a total of 7 after 5 steps  "), List.of("Rank 3 received a total of 8 after 5 steps"))))
            .containsExactly(CheckResult.pass("every rank prints \"Rank {rank} received a total of {total} after "
                + "{steps} steps\"", 1));
        assertThat(ring(1, "7", List.of(List.of("Rank 0 received a total of 0 after 7 steps")))).allMatch(CheckResult::passed);
    }

    @Test
    void aWrongNumberIsNamedWithItsExpectedValueAndItsHint() throws Exception {
        List<CheckResult> result = ring(3, "5", List.of(List.of("Rank 0 received a total of 6 after 5 steps"),
            List.of("Rank 1 received a total of 4 after 5 steps"), List.of("Rank 2 received a total of 5 after 5 steps")));

        assertThat(result).hasSize(1);
        assertThat(result.get(0).passed()).isFalse();
        assertThat(result.get(0).message()).isEqualTo("ring at 3 ranks, arguments 5: rank 1 has the wrong total: 4 "
            + "instead of 5\n"
            + "  expected: \"Rank 1 received a total of 5 after 5 steps\"\n"
            + "  but was:  \"Rank 1 received a total of 4 after 5 steps\"\n"
            + "  first difference at column 28: expected '5' but was '4'\n"
            + "  also rank 2: has the wrong total: 5 instead of 4 (\"Rank 2 received a total of 5 after 5 steps\")\n"
            + "  hint: add what you receive from the left");
    }

    @Test
    void missingLinesNearMissesAndLinesPrintedTwiceAreToldPerRank() throws Exception {
        List<CheckResult> result = ring(4, "5", List.of(
            List.of("Rank 0 received a total of 9 after 5 steps", "Rank 1 received a total of 6 after 5 steps"),
            List.of(), List.of("rank 2 received a total of 7 after 5 steps"),
            List.of("Rank 2 received a total of 9 after 5 steps")));

        assertThat(result.get(0).message()).isEqualTo("ring at 4 ranks, arguments 5: rank 0 printed the line 2 times\n"
            + "  expected: \"Rank 0 received a total of 9 after 5 steps\"\n"
            + "  but was:  \"Rank 1 received a total of 6 after 5 steps\"\n"
            + "  first difference at column 6: expected '0' but was '1'\n"
            + "  also rank 1: printed no line\n"
            + "  also rank 2: printed a line that is not in the expected form (\"rank 2 received a total of 7 after "
            + "5 steps\")\n"
            + "  also rank 3: has the wrong rank and total (\"Rank 2 received a total of 9 after 5 steps\")\n"
            + "  hint: each rank prints it once\n"
            + "  hint: print exactly \"Rank R received a total of S after K steps\"\n"
            + "  hint: print the rank MPI.COMM_WORLD.Rank() returns");
    }

    @Test
    void aHiddenInputsValuesStayOutOfTheMessage() throws Exception {
        LinesCheck check = check(RING, "steps");
        RunContext hidden = new RunContext("ring", 2, List.of("25"), org.mpjgrader.result.Visibility.HIDDEN);

        List<CheckResult> result = check.check(hidden, result(List.of(List.of("Rank 0 received a total of 12 after 25 "
            + "steps"), List.of("Rank 1 received a total of 13 after 25 steps"))), ReferenceOutput.none(), 2);

        assertThat(result.get(0).message()).isEqualTo("ring at 2 ranks, on a hidden input: rank 0 has the wrong "
            + "total: 12 instead of 13\n"
            + "  expected: \"Rank 0 received a total of 13 after 25 steps\"\n"
            + "  but was:  \"Rank 0 received a total of 12 after 25 steps\"\n"
            + "  first difference at column 29: expected '3' but was '2'\n"
            + "  also rank 1: has the wrong total: 13 instead of 12 (\"Rank 1 received a total of 13 after 25 steps\")\n"
            + "  hint: add what you receive from the left");
        assertThat(result.get(0).maxPoints()).isEqualTo(2);
    }

    @Test
    void aNumberComparedWithTheReferencesIsWithinItsToleranceAndOnlyRankZeroPrintsIt() throws Exception {
        LinesCheck check = check(TOTAL);
        ReferenceOutput reference = new ReferenceOutput(List.of(List.of("The total sum is 914494295.631186"),
            List.of()), Map.of());
        RunContext run = new RunContext("rootsum-again", 2, List.of("1234567"));

        assertThat(check.check(run, result(List.of(List.of("The total sum is 9.144942956311861E8"), List.of())),
            reference, 1)).allMatch(CheckResult::passed);
        assertThat(check.check(run, result(List.of(List.of("The total sum is 914400000.0"), List.of())), reference, 1)
            .get(0).message()).isEqualTo("rootsum-again at 2 ranks, arguments 1234567: rank 0 has the wrong total: "
                + "914400000.0 instead of 914494295.631186 (tolerance: relative 1e-9)\n"
                + "  expected: \"The total sum is 914494295.631186\"\n"
                + "  but was:  \"The total sum is 914400000.0\"\n"
                + "  first difference in a number: expected 914494295.631186 but was 914400000.0, smaller by 9.43e+04 "
                + "(relative 0.000103)\n"
                + "  hint: add every partial sum once");
        assertThat(check.check(run, result(List.of(List.of("The total sum is 914494295.631186"),
            List.of("The total sum is 1.0"))), reference, 1).get(0).message())
            .isEqualTo("rootsum-again at 2 ranks, arguments 1234567: rank 1 printed a line that only rank 0 prints\n"
                + "  expected: no such line from rank 1\n"
                + "  but was:  \"The total sum is 1.0\"\n"
                + "  hint: only rank 0 prints \"The total sum is {total}\"");
        assertThat(check.needsReference()).isTrue();
        assertThat(check(RING, "steps").needsReference()).isFalse();
    }

    @Test
    void aRunIsAnAttemptWhenALineHoldsThePatternsLongestText() throws Exception {
        LinesCheck check = check(RING, "steps");

        assertThat(check.attempted(result(List.of(List.of("hello"), List.of("RANK 1 RECEIVED A TOTAL OF 3"))))).isTrue();
        assertThat(check.attempted(result(List.of(List.of("Rank 1 got 3 after 5 steps"))))).isFalse();
        assertThat(check.describeExpected())
            .isEqualTo("every rank prints \"Rank {rank} received a total of {total} after {steps} steps\"");
    }

    @Test
    void settingsThatCannotWorkAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> check(RING.replace("{steps} steps", "{stepz} steps"), "steps"))
            .hasMessage("numbers.steps: the pattern 'Rank {rank} received a total of {total} after {stepz} steps' "
                + "has no {steps}");
        assertThatThrownBy(() -> check(RING.replace("      steps: {equals: steps}\n", ""), "steps"))
            .hasMessage("the pattern's {steps} needs a rule under 'numbers': {equals: EXPRESSION} or {reference: true}");
        assertThatThrownBy(() -> check(RING, "nsteps")).hasMessage("numbers.total: expression 'sum(k, 1, steps, "
            + "(rank - k) mod ranks)': unknown name 'steps' (known: nsteps, rank, ranks) at column 11");
        assertThatThrownBy(() -> check(RING, "rank")).hasMessage("an argument named 'rank' would hide the "
            + "expressions' own name 'rank': rename it in 'arguments'");
        assertThatThrownBy(() -> check(TOTAL.replace("{total}", "{total} and {total}")))
            .hasMessage("pattern 'The total sum is {total} and {total}' names {total} twice");
    }

    /** A run in which every rank ended normally after printing {@code stdout}. */
    private static RunResult result(List<List<String>> stdout) {
        int np = stdout.size();
        List<RankOutput> ranks = IntStream.range(0, np).mapToObj(r -> new RankOutput(r, stdout.get(r), List.of(),
            new RankOutcome(RankOutcome.Kind.FINISHED, "", "", List.of(), null), Duration.ZERO)).toList();
        RunRequest request = new RunRequest(Path.of("classes"), "ring.Ring", np, List.of(), RunLimits.DEFAULT);
        return TestRuns.completed(request, ranks, List.of(), Map.of());
    }
}
