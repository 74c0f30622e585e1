package org.mpjgrader.check.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The expressions of {@code lines} checks: what they compute, and what a package's author reads for a mistake. */
class ExpressionParserTest {
    private static final Set<String> NAMES = Set.of("rank", "ranks", "steps");

    private static double value(String text, double rank, double ranks, double steps) {
        return ExpressionParser.parse(text, NAMES).value(Map.of("rank", rank, "ranks", ranks, "steps", steps));
    }

    @Test
    void arithmeticKeepsItsUsualPrecedenceAndParentheses() {
        assertThat(value("1 + 2 * 3", 0, 1, 0)).isEqualTo(7);
        assertThat(value("(1 + 2) * 3", 0, 1, 0)).isEqualTo(9);
        assertThat(value("10 - 4 - 3", 0, 1, 0)).isEqualTo(3);
        assertThat(value("7 / 2", 0, 1, 0)).isEqualTo(3.5);
        assertThat(value("-rank + 2.5", 3, 4, 0)).isEqualTo(-0.5);
        assertThat(value("floor(7 / 2) + abs(-1) + min(ranks, 2) + max(ranks, 2)", 0, 4, 0)).isEqualTo(10);
    }

    @Test
    void modIsFlooredSoThatTheLeftNeighbourOfRankZeroIsTheLastRank() {
        assertThat(value("(rank - 1) mod ranks", 0, 4, 0)).isEqualTo(3);
        assertThat(value("(rank + 1) mod ranks", 3, 4, 0)).isEqualTo(0);
        assertThat(value("-7 mod 3", 0, 1, 0)).isEqualTo(2);
        assertThat(value("7 mod 3 * 2", 0, 1, 0)).isEqualTo(2); // (7 mod 3) * 2: mod binds as * does
    }

    @Test
    void xorIsJavasExclusiveOrTheValueOfAPowerWrittenWithACaret() {
        assertThat(value("xor(rank, 2)", 1, 4, 0)).isEqualTo(3); // 1 ^ 2 in Java
        assertThat(value("xor(rank, 2)", 2, 4, 0)).isZero();
        assertThat(value("xor(-1, ranks)", 0, 4, 0)).isEqualTo(-5);
        assertThatThrownBy(() -> value("xor(steps / 2, 1)", 0, 1, 5)).isInstanceOf(IllegalStateException.class)
            .hasMessage("xor(2.5, 1.0): xor takes whole numbers");
        assertThatThrownBy(() -> ExpressionParser.parse("xor(rank)", NAMES))
            .hasMessage("expression 'xor(rank)': expected ',' but found ')' at column 9");
    }

    @Test
    void aSumRunsOverTheWholeNumbersFromTo() {
        // The ring: rank R receives (R - k) mod N at step k.
        String ring = "sum(k, 1, steps, (rank - k) mod ranks)";
        assertThat(value(ring, 0, 4, 5)).isEqualTo(9);
        assertThat(value(ring, 3, 4, 5)).isEqualTo(8);
        assertThat(value(ring, 0, 1, 5)).isZero();
        assertThat(value(ring, 2, 3, 0)).isZero(); // to < from: no terms
        assertThat(value("sum(i, 0, 3, sum(j, 0, i, j))", 0, 1, 0)).isEqualTo(10);
    }

    @Test
    void sqrtIsJavasSoThatASumOfRootsIsAProgramsToTheLastBit() {
        assertThat(value("sqrt(steps)", 0, 1, 2)).isEqualTo(Math.sqrt(2));
        double roots = 0;
        for (int i = 3; i <= 5; i++) {
            roots += Math.sqrt(i);
        }
        assertThat(value("sum(i, steps - 2, steps, sqrt(i))", 0, 1, 5)).isEqualTo(roots);
        assertThatThrownBy(() -> value("sqrt(rank - 1)", 0, 1, 0)).isInstanceOf(IllegalStateException.class)
            .hasMessage("sqrt(-1.0): the square root of a negative number");
    }

    @Test
    void aComparisonIsOneWhereItHoldsAndZeroWhereNotAndBindsLoosest() {
        assertThat(value("(steps + 1) mod ranks = 1", 0, 3, 6)).isEqualTo(1);
        assertThat(value("(steps + 1) mod ranks = 1", 0, 3, 7)).isZero();
        assertThat(value("rank != 0", 2, 3, 0)).isEqualTo(1);
        assertThat(value("rank < 2", 2, 3, 0)).isZero();
        assertThat(value("rank <= 2", 2, 3, 0)).isEqualTo(1);
        assertThat(value("rank + 1 > ranks - 1", 2, 3, 0)).isEqualTo(1); // (rank + 1) > (ranks - 1)
        assertThat(value("rank >= ranks", 2, 3, 0)).isZero();
        // A comparison in parentheses is a factor: the terms of a sum a rank takes in a cyclic split.
        assertThat(value("sum(i, 0, steps, i * (i mod ranks = rank))", 1, 3, 7)).isEqualTo(1 + 4 + 7);
        assertThatThrownBy(() -> ExpressionParser.parse("1 < rank < 3", NAMES))
            .hasMessage("expression '1 < rank < 3': unexpected '<' at column 10");
        assertThatThrownBy(() -> ExpressionParser.parse("rank == 1", NAMES))
            .hasMessage("expression 'rank == 1': unexpected '=' at column 7");
    }

    @Test
    void aMisspeltNameIsNamedWithItsColumnAndTheNamesThereAre() {
        assertThatThrownBy(() -> ExpressionParser.parse("sum(k, 1, stepz, k)", NAMES))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("expression 'sum(k, 1, stepz, k)': unknown name 'stepz' (known: rank, ranks, steps) at "
                + "column 11"); // k is a name of the body alone
        assertThatThrownBy(() -> ExpressionParser.parse("sum(k, 1, steps, k * j)", NAMES))
            .hasMessage("expression 'sum(k, 1, steps, k * j)': unknown name 'j' (known: k, rank, ranks, steps) at "
                + "column 22");
        assertThatThrownBy(() -> ExpressionParser.parse("k + 1", NAMES))
            .hasMessage("expression 'k + 1': unknown name 'k' (known: rank, ranks, steps) at column 1");
    }

    @Test
    void brokenExpressionsSayWhatWasExpectedWhere() {
        assertThatThrownBy(() -> ExpressionParser.parse("(rank - 1 mod ranks", NAMES))
            .hasMessage("expression '(rank - 1 mod ranks': expected ')' but the expression ends at column 20");
        assertThatThrownBy(() -> ExpressionParser.parse("rank ** 2", NAMES))
            .hasMessage("expression 'rank ** 2': unexpected '*' at column 7");
        assertThatThrownBy(() -> ExpressionParser.parse("rank 2", NAMES))
            .hasMessage("expression 'rank 2': unexpected '2' at column 6");
        assertThatThrownBy(() -> ExpressionParser.parse("min(rank)", NAMES))
            .hasMessage("expression 'min(rank)': expected ',' but found ')' at column 9");
        assertThatThrownBy(() -> ExpressionParser.parse("sum(rank, 1, 2, rank)", NAMES))
            .hasMessage("expression 'sum(rank, 1, 2, rank)': sum(k, from, to, body) needs a new name for k first, "
                + "not 'rank' at column 5");
        assertThatThrownBy(() -> ExpressionParser.parse("1.2.3", NAMES))
            .hasMessage("expression '1.2.3': '1.2.3' is not a number at column 1");
        assertThatThrownBy(() -> ExpressionParser.parse("", NAMES))
            .hasMessage("expression '': the expression ends early at column 1");
    }

    @Test
    void valuesThatCannotBeComputedAreSaidWhenEvaluated() {
        assertThatThrownBy(() -> value("rank / (ranks - 1)", 0, 1, 0)).isInstanceOf(IllegalStateException.class)
            .hasMessage("division by zero");
        assertThatThrownBy(() -> value("sum(k, 1, steps / 2, k)", 0, 1, 5))
            .hasMessage("sum over k: 'to' is 2.5, not a whole number");
        assertThatThrownBy(() -> value("sum(k, 1, steps, k)", 0, 1, 1e9))
            .hasMessage("sum over k of 1000000000 terms: at most 10000000");
    }
}
