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

    /** A line in the course's own words, as lesson 07's hello says them. */
    private static final String GREETING = """
        kind: lines
        lines:
          - pattern: "Hello World from rank {rank} of a total of {size} processes"
            printed_by: every-rank
            name: one greeting per rank
            describe: every rank R prints "Hello World from rank R of a total of N processes"
            noun: greeting
            near_miss: hello
            repeated: {message: "greeted {count} times", hint: "each rank greets once, for itself", shows: all}
            numbers:
              rank: {equals: rank, wrong: "greets as rank {actual}", hint: use the rank MPI.COMM_WORLD.Rank() returns}
              size:
                equals: ranks
                wrong: "reports {actual} processes, but the run has {expected}"
                hint: use the size MPI.COMM_WORLD.Size() returns
        """;

    /** A line rank 0 prints for each value of a number, in the words the lines kind has by default. */
    private static final String ROWS = """
        kind: lines
        lines:
          - pattern: "Row {row} holds {sum}"
            printed_by: rank-0
            for_each: {number: row, from: 0, to: n - 1}
            numbers:
              sum: {equals: "row * ranks", hint: row R holds R times the rank count}
        """;

    /** The same in the course's words: every setting of a for_each line given. */
    private static final String CELLS = """
        kind: lines
        lines:
          - pattern: "Cell {cell} = {value}"
            printed_by: rank-0
            for_each:
              number: cell
              from: 1
              to: ranks - 1
              plural: cells
              outside: {message: "wrote cell {cell}, past the last cell, {to}", if_empty: "wrote cell {cell} of none",
                hint: count the cells from 1}
              missing: {hint: write every cell, last_hint: the loop stops one short}
              order: {hint: write the cells in order}
            name: the cells
            describe: rank 0 writes "Cell C = V" for C = 1 .. N-1
            hint: write "Cell C = V"
            noun: entry
            noun_plural: entries
            near_miss: cell
            loose: ['cell\\s*#?\\s*(?<cell>\\d+)', '\\bvalue\\b']
            repeated: {message: "wrote cell {cell} {count} times", hint: once per cell, shows: all}
            other_ranks: {message: "wrote a cell of rank 0's", hint: only rank 0 writes cells}
            numbers:
              value:
                equals: cell * 3
                whole: true
                wrong: "holds the wrong value in cell {cell}: {actual}"
                hint: a cell holds three times its number
                mistakes:
                  - {equals: "xor(cell, 3)", hint: "^ is exclusive or"}
        """;

    /**
     * Rank 0's whole and every rank's share, both the reference's, in the words and with the hints a lesson that
     * splits a sum of roots over the ranks gives (lesson 09's rootsum).
     */
    private static final String SUMS = """
        kind: lines
        describe: every rank prints its share, rank 0 the whole
        lines:
          - pattern: "The whole is {whole}"
            printed_by: rank-0
            noun: whole
            other_form: printed no whole
            repeated: {hint: "", shows: first}
            other_ranks: {ignored: true}
            numbers:
              whole:
                reference: true
                relative: 1e-9
                absolute: 1e-9
                wrong: the whole is wrong
                wrong_names_rank: false
                mistakes:
                  - short_by: m
                    if: ranks > 1
                    relative: 1e-6
                    hint: "the last term, m, is left over at {ranks} ranks ({(m + 1) mod ranks} left over)"
                  - short_by: "sum(i, m - 1, m, sqrt(i))"
                    absolute: 0.5
                    hint: the last two roots are missing
          - pattern: "Rank {rank} has {share}"
            printed_by: every-rank
            noun: share
            numbers:
              rank: {equals: rank}
              share:
                reference: true
                relative: 1e-9
                wrong: has the wrong share
                adds_up_hint: "the shares add up to the whole, but are not split as asked (N = {ranks})"
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

    private static List<CheckResult> greeting(int np, List<List<String>> stdout) throws Exception {
        return check(GREETING).check(new RunContext("hello", np, List.of()), result(stdout), ReferenceOutput.none(), 1);
    }

    private static String greetingMessage(int np, List<List<String>> stdout) throws Exception {
        List<CheckResult> result = greeting(np, stdout);
        assertThat(result).hasSize(1);
        assertThat(result.get(0).name()).isEqualTo("one greeting per rank");
        return result.get(0).message();
    }

    @Test
    void aLineInTheCoursesWordsIsNamedAndDescribedInThem() throws Exception {
        LinesCheck check = check(GREETING);

        assertThat(greeting(2, List.of(List.of("Hello World from rank 0 of a total of 2 processes"),
            List.of("  Hello World from rank 1 of a total of 2 processes"))))
            .containsExactly(CheckResult.pass("one greeting per rank", 1));
        assertThat(check.describeExpected())
            .isEqualTo("every rank R prints \"Hello World from rank R of a total of N processes\"");
        assertThat(check.needsReference()).isFalse();
        assertThat(check.attempted(result(List.of(List.of("HELLO from 0"))))).isTrue();
        assertThat(check.attempted(result(List.of(List.of("World from rank 0 of a total of 1 processes"))))).isFalse();
    }

    @Test
    void aMissingOrMisshapenLineIsToldWithTheCoursesNoun() throws Exception {
        assertThat(greetingMessage(1, List.of(List.of()))).isEqualTo("hello at 1 rank: rank 0 printed no greeting\n"
            + "  expected: \"Hello World from rank 0 of a total of 1 processes\"\n"
            + "  but was:  nothing");
        assertThat(greetingMessage(2, List.of(List.of("Hello world from process 0 of 2"),
            List.of("Hello World from rank 1 of a total of 2 processes")))).isEqualTo("hello at 2 ranks: rank 0 "
                + "printed a greeting that is not in the expected form\n"
                + "  expected: \"Hello World from rank 0 of a total of 2 processes\"\n"
                + "  but was:  \"Hello world from process 0 of 2\"\n"
                + "  first difference at column 7: expected 'W' but was 'w'");
    }

    @Test
    void aRepeatedLineIsToldInTheCoursesWordsWithTheFirstThreeShown() throws Exception {
        String line0 = "Hello World from rank 0 of a total of 2 processes";
        String line1 = "Hello World from rank 1 of a total of 2 processes";

        assertThat(greetingMessage(2, List.of(List.of(line0, line1, line0, line1), List.of(line1))))
            .isEqualTo("hello at 2 ranks: rank 0 greeted 4 times\n"
                + "  expected: \"Hello World from rank 0 of a total of 2 processes\"\n"
                + "  but was:  \"Hello World from rank 0 of a total of 2 processes\" \"Hello World from rank 1 of a "
                + "total of 2 processes\" \"Hello World from rank 0 of a total of 2 processes\"\n"
                + "  first difference at column 50: expected the end of the line but was '\"'\n"
                + "  hint: each rank greets once, for itself");
    }

    @Test
    void aWrongNumberIsToldInItsOwnWordsTheFirstAlone() throws Exception {
        assertThat(greetingMessage(2, List.of(List.of("Hello World from rank 0 of a total of 4 processes"),
            List.of("Hello World from rank 1 of a total of 4 processes"))))
            .isEqualTo("hello at 2 ranks: rank 0 reports 4 processes, but the run has 2\n"
                + "  expected: \"Hello World from rank 0 of a total of 2 processes\"\n"
                + "  but was:  \"Hello World from rank 0 of a total of 4 processes\"\n"
                + "  first difference at column 39: expected '2' but was '4'\n"
                + "  also rank 1: reports 4 processes, but the run has 2 "
                + "(\"Hello World from rank 1 of a total of 4 processes\")\n"
                + "  hint: use the size MPI.COMM_WORLD.Size() returns");
        assertThat(greetingMessage(1, List.of(List.of("Hello World from rank 1 of a total of 2 processes"))))
            .isEqualTo("hello at 1 rank: rank 0 greets as rank 1\n"
                + "  expected: \"Hello World from rank 0 of a total of 1 processes\"\n"
                + "  but was:  \"Hello World from rank 1 of a total of 2 processes\"\n"
                + "  first difference at column 23: expected '0' but was '1'\n"
                + "  hint: use the rank MPI.COMM_WORLD.Rank() returns");
    }

    @Test
    void wordsThatCannotWorkAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> check(GREETING.replace("{actual} processes", "{printed} processes")))
            .hasMessage("numbers.size.wrong: 'reports {printed} processes, but the run has {expected}' has a blank "
                + "{printed}: the blanks are {actual}, {expected}");
        assertThatThrownBy(() -> check(GREETING.replace("greeted {count} times", "greeted {n} times")))
            .hasMessage("repeated.message: 'greeted {n} times' has a blank {n}: the blanks are {count}");
        assertThatThrownBy(() -> check(GREETING.replace("near_miss: hello", "near_miss: hi")))
            .hasMessage("near_miss: 'hi' is not in the pattern 'Hello World from rank {rank} of a total of {size} "
                + "processes'");
    }

    private static CheckResult rows(int np, String n, List<List<String>> stdout) throws Exception {
        List<CheckResult> result = check(ROWS, "n").check(new RunContext("rows", np, List.of(n)), result(stdout),
            ReferenceOutput.none(), 1);
        assertThat(result).hasSize(1);
        return result.get(0);
    }

    @Test
    void aLineForEachValuePassesInOrderAndAnEmptyRangeExpectsNothing() throws Exception {
        LinesCheck check = check(ROWS, "n");

        assertThat(rows(2, "3", List.of(List.of("Row 0 holds 0", "a remark", " Row 1 holds 2 ", "Row 2 holds 4"),
            List.of()))).isEqualTo(CheckResult.pass("rank 0 prints \"Row {row} holds {sum}\" for row = 0 .. n - 1", 1));
        assertThat(rows(3, "0", List.of(List.of(), List.of(), List.of()))).extracting(CheckResult::passed)
            .isEqualTo(true);
        assertThat(check.describeExpected()).isEqualTo("rank 0 prints \"Row {row} holds {sum}\" for row = 0 .. n - 1");
        assertThat(check.needsReference()).isFalse();
        assertThat(check.attempted(result(List.of(List.of("row 5 holds 3"))))).isTrue();
        assertThat(check.attempted(result(List.of(List.of("Row 5 has 3"))))).isFalse();
    }

    @Test
    void eachValuesProblemIsNamedInTheDefaultWordsTheFirstFourShown() throws Exception {
        CheckResult result = rows(2, "4", List.of(
            List.of("Row 2 holds 4", "Row 0 holds 0", "Row 0 holds 0", "Row 7 holds 14", "Row 1 holds 3"),
            List.of("Row 1 holds 2")));

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).isEqualTo("rows at 2 ranks, arguments 4: rank 0 has the wrong sum: 3 instead of 2\n"
            + "  expected: \"Row 1 holds 2\"\n"
            + "  but was:  \"Row 1 holds 3\"\n"
            + "  first difference at column 13: expected '2' but was '3'\n"
            + "  also rank 0 printed a line for row 7, outside 0 .. 3 (lines for rows 2, 0, 0, 7, 1)\n"
            + "  also rank 0 printed row 0's line 2 times (\"Row 0 holds 0\")\n"
            + "  also rank 0 printed no line for row 3\n"
            + "  and 2 more problems\n"
            + "  hint: row R holds R times the rank count\n"
            + "  hint: one line for each row, once\n"
            + "  hint: only rank 0 prints \"Row {row} holds {sum}\"");
    }

    @Test
    void linesOutOfOrderLinesForNoValueAndAnotherRanksLineAreNamedByDefault() throws Exception {
        assertThat(rows(2, "3", List.of(List.of("Row 2 holds 4", "Row 0 holds 0", "Row 1 holds 2"), List.of()))
            .message()).isEqualTo("rows at 2 ranks, arguments 3: rank 0 printed row 2 before row 0\n"
                + "  expected: lines for rows 0, 1, 2 in that order\n"
                + "  but was:  lines for rows 2, 0, 1");
        assertThat(rows(1, "0", List.of(List.of("Row 0 holds 0"))).message())
            .isEqualTo("rows at 1 rank, arguments 0: rank 0 printed a line for row 0, where none is expected\n"
                + "  expected: no line\n"
                + "  but was:  a line for row 0");
        assertThat(rows(2, "1", List.of(List.of("Row 0 holds 0"), List.of("Row 0 holds 0"))).message())
            .isEqualTo("rows at 2 ranks, arguments 1: rank 1 printed a line that only rank 0 prints\n"
                + "  expected: nothing\n"
                + "  but was:  \"Row 0 holds 0\"\n"
                + "  hint: only rank 0 prints \"Row {row} holds {sum}\"");
        assertThat(rows(2, "3", List.of(List.of("Row 1 holds 2"), List.of())).message())
            .isEqualTo("rows at 2 ranks, arguments 3: rank 0 printed no line for rows 0, 2\n"
                + "  expected: \"Row 0 holds 0\"\n"
                + "  but was:  nothing");
    }

    private static String cells(int np, List<List<String>> stdout) throws Exception {
        List<CheckResult> result = check(CELLS).check(new RunContext("cells", np, List.of()), result(stdout),
            ReferenceOutput.none(), 1);
        assertThat(result).hasSize(1);
        assertThat(result.get(0).name()).isEqualTo("the cells");
        return result.get(0).passed() ? "" : result.get(0).message();
    }

    @Test
    void aWholeNumberPrintedAnotherWayIsALineInAnotherFormAndAKnownMistakeHasItsHint() throws Exception {
        // "+3" is no whole number as Java prints one; the loose pattern reads cell 1 from it, which is then not
        // missing. xor(2, 3) is 1: the mistake's hint, not the number's.
        assertThat(cells(3, List.of(List.of("Cell 1 = +3", "Cell 2 = 1"), List.of(), List.of())))
            .isEqualTo("cells at 3 ranks: rank 0 printed an entry that is not in the expected form\n"
                + "  expected: \"Cell 1 = 3\"\n"
                + "  but was:  \"Cell 1 = +3\"\n"
                + "  first difference at column 10: expected '3' but was '+'\n"
                + "  also rank 0 holds the wrong value in cell 2: 1 (\"Cell 2 = 1\")\n"
                + "  hint: write \"Cell C = V\"\n"
                + "  hint: ^ is exclusive or");
        assertThat(cells(3, List.of(List.of("Cell 1 = 3", "Cell 2 = 7"), List.of(), List.of())))
            .endsWith("  hint: a cell holds three times its number");
    }

    @Test
    void aForEachLinesProblemsAreToldInTheCoursesWords() throws Exception {
        assertThat(cells(4, List.of(List.of("Cell 1 = 3", "Cell 1 = 3", "Cell 3 = 9", "Cell 5 = 15"), List.of(),
            List.of("cell #2 is mine"), List.of())))
            .isEqualTo("cells at 4 ranks: rank 0 wrote cell 5, past the last cell, 3\n"
                + "  expected: entries for cells 1, 2, 3\n"
                + "  but was:  entries for cells 1, 1, 3, 5\n"
                + "  also rank 0 wrote cell 1 2 times (\"Cell 1 = 3\" \"Cell 1 = 3\")\n"
                + "  also rank 0 printed no entry for cell 2\n"
                + "  also rank 2 wrote a cell of rank 0's (\"cell #2 is mine\")\n"
                + "  hint: count the cells from 1\n"
                + "  hint: once per cell\n"
                + "  hint: write every cell\n"
                + "  hint: only rank 0 writes cells");
        assertThat(cells(3, List.of(List.of("Cell 1 = 3"), List.of(), List.of())))
            .isEqualTo("cells at 3 ranks: rank 0 printed no entry for cell 2\n"
                + "  expected: \"Cell 2 = 6\"\n"
                + "  but was:  nothing\n"
                + "  hint: the loop stops one short");
        assertThat(cells(1, List.of(List.of("Cell 1 = 3")))).isEqualTo("cells at 1 rank: rank 0 wrote cell 1 of none\n"
            + "  expected: no entry\n"
            + "  but was:  an entry for cell 1\n"
            + "  hint: count the cells from 1");
        assertThat(cells(3, List.of(List.of("Cell 2 = 6", "Cell 1 = 3"), List.of(), List.of())))
            .isEqualTo("cells at 3 ranks: rank 0 printed cell 2 before cell 1\n"
                + "  expected: entries for cells 1, 2 in that order\n"
                + "  but was:  entries for cells 2, 1\n"
                + "  hint: write the cells in order");
        assertThat(check(CELLS.replace("order: {hint: write the cells in order}", "order: {ascending: false}"))
            .check(new RunContext("cells", 3, List.of()), result(List.of(List.of("Cell 2 = 6", "Cell 1 = 3"),
                List.of(), List.of())), ReferenceOutput.none(), 1)).allMatch(CheckResult::passed);
    }

    @Test
    void aLoosePatternMarksAnAttemptAndANearMissWithoutTellingWhoseLeavesTheMissingUnnamed() throws Exception {
        LinesCheck check = check(CELLS);

        assertThat(check.attempted(result(List.of(List.of("the VALUE is 3"))))).isTrue();
        assertThat(check.attempted(result(List.of(List.of("the sum is 3"))))).isFalse();
        assertThat(check.describeExpected()).isEqualTo("rank 0 writes \"Cell C = V\" for C = 1 .. N-1");
        assertThat(cells(3, List.of(List.of("value: 3"), List.of(), List.of())))
            .isEqualTo("cells at 3 ranks: rank 0 printed an entry that is not in the expected form\n"
                + "  expected: \"Cell 1 = 3\"\n"
                + "  but was:  \"value: 3\"\n"
                + "  first difference at column 1: expected 'C' but was 'v'\n"
                + "  hint: write \"Cell C = V\"");
        // A loose pattern that reads no cell does not make another rank's line one of rank 0's.
        assertThat(cells(2, List.of(List.of("Cell 1 = 3"), List.of("my value is 3")))).isEmpty();
    }

    @Test
    void aKnownMistakesHintAndAnotherRanksWordsHoldForLinesPrintedOnce() throws Exception {
        String ring = RING.replace("hint: add what you receive from the left}", "hint: add what you receive from the "
            + "left, mistakes: [{equals: \"sum(k, 1, steps, (rank + k) mod ranks)\", hint: the ring turns the other "
            + "way}]}");
        // At 4 ranks and 5 steps the totals are 9, 6, 7, 8; a ring turned the other way gives 7, 8, 9, 6.
        List<CheckResult> turned = check(ring, "steps").check(new RunContext("ring", 4, List.of("5")), result(List.of(
            List.of("Rank 0 received a total of 7 after 5 steps"), List.of("Rank 1 received a total of 8 after 5 steps"),
            List.of("Rank 2 received a total of 9 after 5 steps"), List.of("Rank 3 received a total of 6 after 5 steps"))),
            ReferenceOutput.none(), 1);
        assertThat(turned.get(0).message()).startsWith("ring at 4 ranks, arguments 5: rank 0 has the wrong total: 7 "
            + "instead of 9\n").endsWith("\n  also rank 3: has the wrong total: 6 instead of 8 (\"Rank 3 received a "
            + "total of 6 after 5 steps\")\n  hint: the ring turns the other way");

        String total = TOTAL + "    other_ranks: {message: printed a total of its own, hint: only rank 0 adds up}\n";
        ReferenceOutput reference = new ReferenceOutput(List.of(List.of("The total sum is 3.0"), List.of()), Map.of());
        assertThat(check(total).check(new RunContext("rootsum-again", 2, List.of()), result(List.of(
            List.of("The total sum is 3.0"), List.of("The total sum is 1.0"))), reference, 1).get(0).message())
            .isEqualTo("rootsum-again at 2 ranks: rank 1 printed a total of its own\n"
                + "  expected: no such line from rank 1\n"
                + "  but was:  \"The total sum is 1.0\"\n"
                + "  hint: only rank 0 adds up");
    }

    @Test
    void forEachSettingsThatCannotWorkAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> check(ROWS.replace("rank-0", "every-rank"), "n"))
            .hasMessage("for_each: a line rank 0 prints for each value (printed_by: rank-0)");
        assertThatThrownBy(() -> check(ROWS.replace("number: row,", "number: col,"), "n"))
            .hasMessage("for_each.number: 'col' is not a number of the pattern 'Row {row} holds {sum}'");
        assertThatThrownBy(() -> check(ROWS.replace("{row}", "{n}").replace("number: row,", "number: n,")
            .replace("row * ranks", "n"), "n"))
            .hasMessage("for_each.number: 'n' would hide the expressions' own name 'n': rename it in the pattern");
        assertThatThrownBy(() -> check(ROWS.replace("numbers:", "numbers:\n      row: {equals: row}"), "n"))
            .hasMessage("numbers.row: the for_each number takes each value from .. to; it has no rule");
        assertThatThrownBy(() -> check(ROWS.replace("to: n - 1", "to: m - 1"), "n"))
            .hasMessage("for_each.to: expression 'm - 1': unknown name 'm' (known: n, rank, ranks) at column 1");
        assertThatThrownBy(() -> check(ROWS.replace(", to: n - 1", ""), "n"))
            .hasMessage("for_each needs 'to': an expression of ranks and the arguments");
        assertThatThrownBy(() -> check(ROWS.replace("equals: \"row * ranks\"", "reference: true"), "n"))
            .hasMessage("numbers.sum: a for_each line's numbers are computed ('equals: EXPRESSION'), not the "
                + "reference's");
        assertThatThrownBy(() -> check(CELLS.replace("(?<cell>", "(?<row>")))
            .hasMessage("loose: 'cell\\s*#?\\s*(?<row>\\d+)' names a group 'row': a loose pattern's group reads the "
                + "for_each number (?<cell>...)");
        assertThatThrownBy(() -> check(CELLS.replace("'\\bvalue\\b'", "'value('")))
            .hasMessageStartingWith("loose: 'value(' is not a regular expression: Unclosed group");
        assertThatThrownBy(() -> check(CELLS.replace("past the last cell, {to}", "past {last}")))
            .hasMessage("for_each.outside.message: 'wrote cell {cell}, past {last}' has a blank {last}: the blanks "
                + "are {cell}, {from}, {to}");
        assertThatThrownBy(() -> check(CELLS.replace("wrote cell {cell} {count} times", "wrote {row} {count} times")))
            .hasMessage("repeated.message: 'wrote {row} {count} times' has a blank {row}: the blanks are {cell}, "
                + "{count}");
        assertThatThrownBy(() -> check(CELLS.replace("xor(cell, 3)", "xor(cel, 3)")))
            .hasMessage("numbers.value.mistakes: expression 'xor(cel, 3)': unknown name 'cel' (known: cell, rank, "
                + "ranks) at column 5");
        assertThatThrownBy(() -> check(GREETING.replace("near_miss: hello", "near_miss: hello\n    other_ranks: "
            + "{hint: none}"))).hasMessage("other_ranks: only for a line rank 0 prints (printed_by: rank-0)");
        assertThatThrownBy(() -> check(GREETING.replace("near_miss: hello", "near_miss: hello\n    loose: "
            + "['hi (?<rank>\\d+)']"))).hasMessage("loose: 'hi (?<rank>\\d+)' names a group 'rank': a loose "
                + "pattern's group reads the for_each number, and the line has none");
    }

    /** The {@code SUMS} lines at {@code np} ranks and m = 4, against a reference whose whole is 10.0. */
    private static List<CheckResult> sums(List<List<String>> stdout) throws Exception {
        List<List<String>> reference = stdout.size() == 1 ? List.of(List.of("Rank 0 has 10.0", "The whole is 10.0"))
            : List.of(List.of("Rank 0 has 4.0", "The whole is 10.0"), List.of("Rank 1 has 6.0"));
        return check(SUMS, "m").check(new RunContext("sums", stdout.size(), List.of("4")), result(stdout),
            new ReferenceOutput(reference, Map.of()), 2);
    }

    @Test
    void theLinesAreDescribedTogetherInThePackagesWordsAndAnotherRanksWholeIsNotRead() throws Exception {
        assertThat(check(SUMS, "m").describeExpected()).isEqualTo("every rank prints its share, rank 0 the whole");

        assertThat(sums(List.of(List.of("Rank 0 has 4.0", "The whole is 10.0"),
            List.of("Rank 1 has 6.0", "The whole is 10.0")))).allMatch(CheckResult::passed);
    }

    @Test
    void aLineInAnotherFormAndALineTwiceAreToldInThePackagesWordsTheFirstShown() throws Exception {
        assertThat(sums(List.of(List.of("Rank 0 has 4.0", "The whole is about 10"), List.of("Rank 1 has 6.0")))
            .get(0).message()).isEqualTo("""
                sums at 2 ranks, arguments 4: rank 0 printed no whole
                  expected: "The whole is 10.0"
                  but was:  "The whole is about 10"
                  first difference at column 14: expected '1' but was 'a'""");
        assertThat(sums(List.of(List.of("Rank 0 has 4.0", "The whole is 9.0", "The whole is 10.0"),
            List.of("Rank 1 has 6.0"))).get(0).message()).isEqualTo("""
                sums at 2 ranks, arguments 4: rank 0 printed the whole 2 times
                  expected: "The whole is 10.0"
                  but was:  "The whole is 9.0"
                  first difference in a number: expected 10.0 but was 9.0, smaller by 1.00 (relative 0.100)""");
    }

    @Test
    void aWrongNumberOfTheRunIsToldWithoutTheRankAndWhatItLacksNamesTheMistake() throws Exception {
        // Short by m = 4 at 2 ranks: the first mistake, its hint's blanks written in.
        assertThat(sums(List.of(List.of("Rank 0 has 4.0", "The whole is 6.0"), List.of("Rank 1 has 6.0"))).get(0)
            .message()).isEqualTo("""
                sums at 2 ranks, arguments 4: the whole is wrong
                  expected: "The whole is 10.0"
                  but was:  "The whole is 6.0"
                  first difference in a number: expected 10.0 but was 6.0, smaller by 4.00 (relative 0.400)
                  hint: the last term, m, is left over at 2 ranks (1 left over)""");
        // At 1 rank the first does not apply (if); the second's sqrt(3) + sqrt(4) = 3.73 is within its 0.5 of 4.
        assertThat(sums(List.of(List.of("Rank 0 has 10.0", "The whole is 6.0"))).get(0).message())
            .endsWith("\n  hint: the last two roots are missing");
        // Short by 5: neither within its tolerance; larger: short by nothing.
        assertThat(sums(List.of(List.of("Rank 0 has 4.0", "The whole is 5.0"), List.of("Rank 1 has 6.0"))).get(0)
            .message()).doesNotContain("hint");
        assertThat(sums(List.of(List.of("Rank 0 has 4.0", "The whole is 14.0"), List.of("Rank 1 has 6.0"))).get(0)
            .message()).doesNotContain("hint");
    }

    @Test
    void sharesWrongAloneThatAddUpToTheWholeAreToldTheSplitDiffers() throws Exception {
        assertThat(sums(List.of(List.of("Rank 0 has 5.0", "The whole is 10.0"), List.of("Rank 1 has 5.0"))).get(1)
            .message()).isEqualTo("""
                sums at 2 ranks, arguments 4: rank 0 has the wrong share
                  expected: "Rank 0 has 4.0"
                  but was:  "Rank 0 has 5.0"
                  first difference in a number: expected 4.0 but was 5.0, larger by 1.00 (relative 0.250)
                  also rank 1: has the wrong share ("Rank 1 has 5.0")
                  hint: the shares add up to the whole, but are not split as asked (N = 2)""");
        // Not where they add up to something else, nor where a rank is wrong in another way.
        assertThat(sums(List.of(List.of("Rank 0 has 5.0", "The whole is 10.0"), List.of("Rank 1 has 4.0"))).get(1)
            .message()).doesNotContain("hint");
        assertThat(sums(List.of(List.of("Rank 0 has 5.0", "The whole is 10.0"), List.of("Rank 0 has 5.0"))).get(1)
            .message()).doesNotContain("hint");
    }

    @Test
    void sumsSettingsThatCannotWorkAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> check(SUMS.replace("wrong: the whole is wrong", "wrong: the whole is wrong\n"
            + "        adds_up_hint: split otherwise"), "m"))
            .hasMessage("numbers.whole.adds_up_hint: only for a line every rank prints (printed_by: every-rank)");
        assertThatThrownBy(() -> check(SUMS.replace("wrong: has the wrong share", "wrong: has the wrong share\n"
            + "        wrong_names_rank: false"), "m"))
            .hasMessage("numbers.share.wrong_names_rank: only for a line rank 0 prints once (printed_by: rank-0, no "
                + "for_each)");
        assertThatThrownBy(() -> check(SUMS.replace("(N = {ranks})", "(R = {rank})"), "m"))
            .hasMessage("numbers.share.adds_up_hint: 'the shares add up to the whole, but are not split as asked "
                + "(R = {rank})': the blank {rank}: expression 'rank': unknown name 'rank' (known: m, ranks) at "
                + "column 1");
        assertThatThrownBy(() -> check(SUMS.replace("{(m + 1) mod ranks}", "{(n + 1) mod ranks}"), "m"))
            .hasMessage("numbers.whole.mistakes.hint: 'the last term, m, is left over at {ranks} ranks ({(n + 1) mod "
                + "ranks} left over)': the blank {(n + 1) mod ranks}: expression '(n + 1) mod ranks': unknown name "
                + "'n' (known: m, rank, ranks) at column 2");
        assertThatThrownBy(() -> check(SUMS.replace("- short_by: m", "- short_by: m\n            equals: m"),
            "m")).hasMessage("numbers.whole.mistakes: each needs one of 'equals: EXPRESSION', the value the mistake "
                + "gives, or 'short_by: EXPRESSION', what it leaves out");
        assertThatThrownBy(() -> check(SUMS.replace("if: ranks > 1", "if: ranks >"), "m"))
            .hasMessage("numbers.whole.mistakes.if: expression 'ranks >': the expression ends early at column 8");
        assertThatThrownBy(() -> check(SUMS.replace("shows: first", "shows: third"), "m"))
            .hasMessage("repeated.shows: 'third': first, second or all");
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
