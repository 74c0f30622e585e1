package course.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.launch.RankOutcome;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunLimits;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.TestRuns;
import org.mpjgrader.result.CheckResult;

/**
 * The Mandelbrot check's tolerances against pictures computed here, on inputs drawn like the hidden ones: the
 * contract's arithmetic rewritten in ways that round differently passes both checks, and the last rows left at 0
 * (a remainder bug, a loop that stops one short) fail at least one, though their checksum moves by as little as
 * 3e-5 and, at the edge of the picture, their grey values are often 0 anyway. A sample of the measurement the
 * bounds of {@link ImageDifference} and {@link MandelbrotCheck} come from (about 4,000 inputs).
 */
class MandelbrotToleranceTest {
    private static final int[] COPRIME_TO_12 = {1, 5, 7, 11};

    /** How c is computed: the contract's way and three that are the same in exact arithmetic. */
    private enum Arithmetic { CONTRACT, PRECOMPUTED_STEP, FRACTION_FIRST, DIFFERENCE_OF_SQUARES }

    private record Input(int nr, int ni, double rei, double ref, double imi, double imf, int imax) {
        List<String> arguments() {
            return List.of(Integer.toString(nr), Integer.toString(ni), decimal(rei), decimal(ref), decimal(imi),
                decimal(imf), Integer.toString(imax), "image.pgm");
        }

        /** As {@code HiddenInputs.mandelbrot} draws them, printed with three decimals. */
        static Input draw(Random random) {
            int nr = 120 + random.nextInt(141);
            int ni = 12 * (10 + random.nextInt(11)) + COPRIME_TO_12[random.nextInt(4)];
            double rei = -2.0 + 0.5 * random.nextDouble();
            double ref = rei + 2.0 + 0.6 * random.nextDouble();
            double imi = -1.2 + 0.3 * random.nextDouble();
            double imf = imi + 1.8 + 0.6 * random.nextDouble();
            int imax = 300 + random.nextInt(701);
            return new Input(nr, ni, round(rei), round(ref), round(imi), round(imf), imax);
        }

        int[][] picture(Arithmetic arithmetic) {
            int[][] rows = new int[ni][nr];
            double dx = (ref - rei) / nr;
            double dy = (imf - imi) / ni;
            for (int ii = 0; ii < ni; ii++) {
                for (int ir = 0; ir < nr; ir++) {
                    double cr = switch (arithmetic) {
                        case PRECOMPUTED_STEP -> rei + ir * dx;
                        case FRACTION_FIRST -> rei + (double) ir / nr * (ref - rei);
                        default -> rei + ir * (ref - rei) / nr;
                    };
                    double ci = switch (arithmetic) {
                        case PRECOMPUTED_STEP -> imi + ii * dy;
                        case FRACTION_FIRST -> imi + (double) ii / ni * (imf - imi);
                        default -> imi + ii * (imf - imi) / ni;
                    };
                    rows[ii][ir] = value(cr, ci, arithmetic == Arithmetic.DIFFERENCE_OF_SQUARES);
                }
            }
            return rows;
        }

        private int value(double cr, double ci, boolean differenceOfSquares) {
            double x = 0;
            double y = 0;
            for (int it = 1; it <= imax; it++) {
                double xNew = (differenceOfSquares ? (x + y) * (x - y) : x * x - y * y) + cr;
                y = 2 * x * y + ci;
                x = xNew;
                if (x * x + y * y > 4.0) {
                    return it;
                }
            }
            return imax;
        }

        String pgm(int[][] rows) {
            StringBuilder text = new StringBuilder("P2\n" + nr + " " + ni + "\n255\n");
            for (int[] row : rows) {
                for (int ir = 0; ir < nr; ir++) {
                    text.append(ir > 0 ? " " : "").append((long) row[ir] * 255 / imax);
                }
                text.append('\n');
            }
            return text.toString();
        }
    }

    private static double round(double value) {
        return Double.parseDouble(decimal(value));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static long sum(int[][] rows) {
        long sum = 0;
        for (int[] row : rows) {
            for (int v : row) {
                sum += v;
            }
        }
        return sum;
    }

    private static List<CheckResult> grade(Input input, int np, int[][] expected, int[][] actual) {
        ReferenceOutput reference = new ReferenceOutput(List.of(List.of("Checksum: " + sum(expected))),
            Map.of("image.pgm", input.pgm(expected)));
        List<RankOutput> ranks = new ArrayList<>();
        for (int r = 0; r < np; r++) {
            ranks.add(new RankOutput(r, r == 0 ? List.of("Checksum: " + sum(actual)) : List.of(), List.of(),
                new RankOutcome(RankOutcome.Kind.FINISHED, "", "", List.of(), null), Duration.ZERO));
        }
        RunResult result = TestRuns.completed(new RunRequest(Path.of("classes"), "mandelbrot.Mandelbrot", np,
            input.arguments(), RunLimits.DEFAULT, List.of("image.pgm")), ranks, List.of(),
            Map.of("image.pgm", input.pgm(actual)));
        return new MandelbrotCheck().check(new RunContext("mandelbrot", np, input.arguments()), result, reference, 2);
    }

    private static int[][] lastRowsZero(int[][] rows, int count) {
        int[][] lost = rows.clone();
        for (int ii = rows.length - count; ii < rows.length; ii++) {
            lost[ii] = new int[rows[ii].length];
        }
        return lost;
    }

    @Test
    void rewrittenArithmeticPassesAndLostLastRowsFailOnInputsDrawnLikeTheHiddenOnes() {
        Random random = new Random(20_261_125);
        List<Input> inputs = new ArrayList<>(List.of(
            new Input(200, 200, -1.5, 0.5, -1.0, 1.0, 1000),
            // Row 88 is the real axis, ci exactly 0 the contract's way and -2.2e-16 with a precomputed step.
            new Input(184, 157, -1.697, 0.587, -1.056, 0.828, 392)));
        for (int i = 0; i < 12; i++) {
            inputs.add(Input.draw(random));
        }
        for (Input input : inputs) {
            int[][] expected = input.picture(Arithmetic.CONTRACT);
            for (Arithmetic arithmetic : Arithmetic.values()) {
                assertThat(grade(input, 1, expected, input.picture(arithmetic)))
                    .as("%s with %s", input, arithmetic).allMatch(CheckResult::passed);
            }
            for (int np = 1; np <= 4; np++) {
                int lost = np == 1 ? 1 : input.ni() % np;
                if (lost > 0) {
                    assertThat(grade(input, np, expected, lastRowsZero(expected, lost)))
                        .as("%s at %d ranks without the last %d rows", input, np, lost)
                        .anyMatch(c -> !c.passed());
                }
            }
        }
    }
}
