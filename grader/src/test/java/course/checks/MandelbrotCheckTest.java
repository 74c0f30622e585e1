package course.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpjgrader.check.ImageDifference;
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
 * The Mandelbrot check on small made-up images. With imax = 255 a grey value is the pixel's value itself, so the
 * checksum of an image is the sum of its grey values.
 */
class MandelbrotCheckTest {
    private static final String FILE = "image.pgm";
    /** 8 x 7 pixels: 7 rows, which 2, 3 and 4 ranks do not divide. */
    private static final List<String> ARGS = List.of("8", "7", "-2", "1", "-1.5", "1.5", "255", FILE);

    private final MandelbrotCheck check = new MandelbrotCheck();

    /** Values 2..200, no two rows alike. */
    private static int[][] picture() {
        int[][] rows = new int[7][8];
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 8; c++) {
                rows[r][c] = 2 + (r * 29 + c * 11 + r * c * 3) % 199;
            }
        }
        return rows;
    }

    private static String pgm(int[][] rows) {
        StringBuilder text = new StringBuilder("P2\n" + rows[0].length + " " + rows.length + "\n255\n");
        for (int[] row : rows) {
            List<String> values = new ArrayList<>();
            for (int v : row) {
                values.add(Integer.toString(v));
            }
            text.append(String.join(" ", values)).append('\n');
        }
        return text.toString();
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

    private static ReferenceOutput reference(int np, int[][] rows) {
        List<List<String>> stdout = new ArrayList<>();
        stdout.add(List.of("Checksum: " + sum(rows), "Time: 0.1 s"));
        for (int r = 1; r < np; r++) {
            stdout.add(List.of());
        }
        return new ReferenceOutput(stdout, Map.of(FILE, pgm(rows)));
    }

    private static RunResult result(int np, List<String> args, List<List<String>> stdout, String image) {
        List<RankOutput> ranks = new ArrayList<>();
        for (int r = 0; r < np; r++) {
            ranks.add(new RankOutput(r, r < stdout.size() ? stdout.get(r) : List.of(), List.of(),
                new RankOutcome(RankOutcome.Kind.FINISHED, "", "", List.of(), null), Duration.ZERO));
        }
        Map<String, String> files = new HashMap<>();
        if (image != null) {
            files.put(FILE, image);
        }
        return TestRuns.completed(new RunRequest(Path.of("classes"), "mandelbrot.Mandelbrot", np, args, RunLimits.DEFAULT,
            List.of(FILE)), ranks, List.of(), files);
    }

    private List<CheckResult> grade(int np, int[][] expected, long checksum, String image) {
        return grade(np, expected, List.of(List.of("Checksum: " + checksum)), image);
    }

    private List<CheckResult> grade(int np, int[][] expected, List<List<String>> stdout, String image) {
        return check.check(new RunContext("mandelbrot", np, ARGS), result(np, ARGS, stdout, image),
            reference(np, expected), 2);
    }

    private static CheckResult named(List<CheckResult> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String imageMessage(List<CheckResult> checks) {
        CheckResult image = named(checks, MandelbrotCheck.IMAGE);
        assertThat(image.passed()).as(image.message()).isFalse();
        return image.message();
    }

    private static final String RUN = "mandelbrot at %d ranks, arguments 8 7 -2 1 -1.5 1.5 255 image.pgm: ";

    private static String run(int np) {
        return np == 1 ? "mandelbrot at 1 rank, arguments 8 7 -2 1 -1.5 1.5 255 image.pgm: " : String.format(RUN, np);
    }

    @Test
    void theReferencesOwnOutputPassesBothChecksWithHalfThePointsEach() {
        int[][] rows = picture();

        List<CheckResult> checks = grade(2, rows, sum(rows), pgm(rows));

        assertThat(checks).containsExactly(CheckResult.pass("checksum", 1), CheckResult.pass("image", 1));
    }

    @Test
    void withoutAnImageArgumentTheChecksumHasAllThePoints() {
        int[][] rows = picture();
        List<String> args = ARGS.subList(0, 7);

        List<CheckResult> checks = check.check(new RunContext("mandelbrot", 1, args),
            result(1, args, List.of(List.of("Checksum: " + sum(rows))), null), reference(1, rows), 2);

        assertThat(checks).containsExactly(CheckResult.pass("checksum", 2));
    }

    @Test
    void aMissingImageIsNamedAndTheChecksumFallsBackToTheRelativeTolerance() {
        int[][] rows = picture();
        long s = sum(rows);

        List<CheckResult> near = grade(1, rows, s, null);
        List<CheckResult> off = grade(1, rows, s + 1, null);

        assertThat(imageMessage(near)).isEqualTo(run(1) + "rank 0 wrote no image.pgm\n"
            + "  the 8th argument names the file to write the picture to: a plain PGM (\"P2\", \"nr ni\", \"255\", "
            + "then ni lines of nr values)");
        assertThat(named(near, "checksum").passed()).isTrue();
        assertThat(named(off, "checksum").message()).isEqualTo(run(1) + "the checksum is wrong (tolerance: relative "
            + "5e-5, as there is no image to compare)\n"
            + "  expected: \"Checksum: " + s + "\"\n"
            + "  but was:  \"Checksum: " + (s + 1) + "\"\n"
            + "  first difference at column 14: expected '" + (char) ('0' + s % 10) + "' but was '"
            + (char) ('0' + (s + 1) % 10) + "'");
    }

    @Test
    void aFileThatIsNoPlainPgmSaysWhy() {
        int[][] rows = picture();

        assertThat(imageMessage(grade(1, rows, sum(rows), "P3\n8 7\n255\n"))).isEqualTo(run(1)
            + "image.pgm is not a plain PGM: it does not start with \"P2\" (it starts with \"P3\")");
        assertThat(imageMessage(grade(1, rows, sum(rows), "P2\n8 7\n255\n1 2 3"))).isEqualTo(run(1)
            + "image.pgm is not a plain PGM: it holds 3 values after its header, but the header's 8 x 7 needs 56");
    }

    @Test
    void anotherLargestGreyValueIsNamed() {
        int[][] rows = picture();

        assertThat(imageMessage(grade(1, rows, sum(rows), pgm(rows).replaceFirst("\n255\n", "\n1000\n"))))
            .isEqualTo(run(1) + "image.pgm declares the wrong largest grey value\n"
                + "  expected: 255\n"
                + "  but was:  1000\n"
                + "  the header's third number is 255, and each pixel is written as value * 255 / imax");
    }

    @Test
    void anImageOfTheWrongSizeIsNamedWithAHintWhenWidthAndHeightAreSwapped() {
        int[][] rows = picture();
        int[][] shorter = java.util.Arrays.copyOf(rows, 6);
        int[][] swapped = new int[8][7];
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 7; c++) {
                swapped[r][c] = rows[(r * 7 + c) / 8][(r * 7 + c) % 8];
            }
        }

        assertThat(imageMessage(grade(1, rows, sum(rows), pgm(shorter)))).isEqualTo(run(1)
            + "image.pgm has the wrong size (width x height)\n"
            + "  expected: 8 x 7 (nr x ni)\n"
            + "  but was:  8 x 6");
        assertThat(imageMessage(grade(1, rows, sum(rows), pgm(swapped)))).isEqualTo(run(1)
            + "image.pgm has the wrong size (width x height)\n"
            + "  expected: 8 x 7 (nr x ni)\n"
            + "  but was:  7 x 8\n"
            + "  hint: the header's second line is \"nr ni\": the width, nr, comes first");
    }

    @Test
    void aTransposedImageIsNamedUnderEitherHeader() {
        int[][] rows = picture();
        int[][] transposed = new int[8][7];
        StringBuilder sameHeader = new StringBuilder("P2\n8 7\n255\n");
        for (int c = 0; c < 8; c++) {
            for (int r = 0; r < 7; r++) {
                transposed[c][r] = rows[r][c];
                sameHeader.append(rows[r][c]).append(r < 6 ? " " : "\n");
            }
        }

        assertThat(imageMessage(grade(1, rows, sum(rows), pgm(transposed)))).isEqualTo(run(1)
            + "the image is the reference's transposed: 7 x 8 instead of 8 x 7\n"
            + "  write ni lines, one per row ii, each with the nr values of that row, under the header \"nr ni\"");
        List<CheckResult> checks = grade(1, rows, sum(rows), sameHeader.toString());
        assertThat(imageMessage(checks)).isEqualTo(run(1) + "the image is the reference's transposed: it holds the "
            + "pixels column by column (nr lines of ni values) instead of row by row");
        assertThat(named(checks, "checksum").passed()).isTrue();
    }

    @Test
    void anUpsideDownImageIsNamed() {
        int[][] rows = picture();
        int[][] upsideDown = new int[7][];
        for (int r = 0; r < 7; r++) {
            upsideDown[r] = rows[6 - r];
        }

        assertThat(imageMessage(grade(2, rows, sum(rows), pgm(upsideDown)))).isEqualTo(run(2)
            + "the image is the reference's upside down: its first row is the reference's last (row ii = 0 must "
            + "come first)");
    }

    @Test
    void theLastRowsLeftOverByTheRankCountAreNamedAndTheChecksumCaughtToo() {
        int[][] rows = picture();
        int[][] lost = picture();
        lost[4] = new int[8];
        lost[5] = new int[8];
        lost[6] = new int[8];

        List<CheckResult> checks = grade(4, rows, sum(lost), pgm(lost));

        assertThat(imageMessage(checks)).isEqualTo(run(4)
            + "rows 4..6 of the image differ entirely from the reference's\n"
            + "  they are 0 throughout\n"
            + "  first difference: row 4, column 0: expected " + rows[4][0] + " but was 0\n"
            + "  hint: rows 4..6 are the last 3 rows, left over when 4 ranks do not divide 7 rows: are they computed "
            + "and sent?");
        long missing = sum(rows) - sum(lost);
        assertThat(named(checks, "checksum").message()).endsWith(
            "  it is " + missing + " less than the reference's; rounding moves it within -10..10");
    }

    @Test
    void theLastRowAloneIsAskedAboutBothWays() {
        int[][] rows = picture();
        int[][] lost = picture();
        lost[6] = new int[8];

        assertThat(imageMessage(grade(1, rows, sum(lost), pgm(lost)))).endsWith(
            "  hint: row 6 is the last row: does a loop over the rows stop one short?");
        assertThat(imageMessage(grade(2, rows, sum(lost), pgm(lost)))).endsWith(
            "  hint: row 6 is the last row, the one left over when 2 ranks do not divide 7 rows: is it computed and "
                + "sent, or does a loop over the rows stop one short?");
    }

    @Test
    void allTheRowsOfOneRankAreNamedAsItsRows() {
        int[][] rows = picture();
        int[][] lost = picture();
        lost[1] = new int[8];
        lost[4] = new int[8];

        assertThat(imageMessage(grade(3, rows, sum(lost), pgm(lost)))).endsWith(
            "  hint: these are all the rows of rank 1 (rank r's rows are r, r+3, r+6, ...): are they received from it "
                + "and put in place?");
    }

    @Test
    void rowsInEachOthersPlacesAreNamed() {
        int[][] rows = picture();
        int[][] moved = picture();
        moved[2] = rows[5];
        moved[5] = rows[2];

        List<CheckResult> checks = grade(3, rows, sum(rows), pgm(moved));

        assertThat(imageMessage(checks)).startsWith(run(3) + "rows 2, 5 of the image differ ")
            .contains("\n  row 2 holds the reference's row 5\n  row 5 holds the reference's row 2\n")
            .endsWith("  hint: rows are in the wrong places: the k-th row rank r computes is row r + k*3");
        assertThat(named(checks, "checksum").passed()).isTrue();
    }

    @Test
    void aFewScatteredPixelsPassAndAccountForTheChecksum() {
        int[][] rows = picture();
        int[][] rounded = picture();
        rounded[1][3] += 40;
        rounded[5][6] -= 2;
        long shifted = sum(rows) + 38;

        // Each pixel may or may not have moved the sum: -2..40, and 10 more either way.
        List<CheckResult> within = grade(1, rows, shifted + 12, pgm(rounded));
        List<CheckResult> unmoved = grade(1, rows, sum(rows) - 12, pgm(rounded));
        List<CheckResult> beyond = grade(1, rows, shifted + 13, pgm(rounded));

        assertThat(within).allMatch(CheckResult::passed);
        assertThat(unmoved).allMatch(CheckResult::passed);
        assertThat(named(beyond, "image").passed()).isTrue();
        assertThat(named(beyond, "checksum").message()).contains("\n  it is 51 more than the reference's; rounding, "
            + "with the 2 pixels that differ in the image, moves it within -12..50\n");
    }

    @Test
    void moreScatteredPixelsThanRoundingGivesFailWithTheContractsFormula() {
        int[][] rows = picture();
        int[][] rounded = picture();
        for (int i = 0; i < 11; i++) {
            rounded[i % 7][i % 8] += 5;
        }

        List<CheckResult> checks = grade(1, rows, sum(rounded), pgm(rounded));

        assertThat(imageMessage(checks)).isEqualTo(run(1) + "11 pixels of the image, scattered over 7 rows, differ "
            + "from the reference's: more than rounding explains (at most 10)\n"
            + "  first at row 0, column 0: expected " + rows[0][0] + " but was " + (rows[0][0] + 5) + "\n"
            + "  hint: compute each pixel as the task says, in double: c = (rei + ir*(ref-rei)/nr) + "
            + "i*(imi + ii*(imf-imi)/ni), z = z*z + c from z = 0, the value the first it in 1..imax with |z| > 2");
        assertThat(named(checks, "checksum").message()).endsWith("  it is 55 more than the reference's; rounding "
            + "moves it within -10..10");
    }

    @Test
    void aWrongChecksumWithARightImageGetsAHint() {
        int[][] rows = picture();

        List<CheckResult> checks = grade(2, rows, sum(rows) / 2, pgm(rows));

        assertThat(named(checks, "checksum").message()).contains("the image is the reference's: rounding moves the "
            + "checksum within -10..10").endsWith("  hint: the image shows no wrong row, but its grey levels hide "
            + "values below imax/255: is every row computed and received, and is the checksum the sum of all ni x nr "
            + "values, taken on rank 0 once every row has arrived?");
    }

    @Test
    void theChaoticPartOfTheRealAxisMayDifferAtWill() {
        // 8 x 6 from -2 - 1.5i to 1 + 1.5i: row 3 is ci = 0, columns 0 and 1 are cr = -2 and -1.625.
        List<String> args = List.of("8", "6", "-2", "1", "-1.5", "1.5", "255", FILE);
        int[][] rows = java.util.Arrays.copyOf(picture(), 6);
        int[][] escaped = java.util.Arrays.copyOf(picture(), 6);
        escaped[3] = rows[3].clone();
        escaped[3][0] = 1;
        escaped[3][1] = 255;
        long checksum = sum(rows) - rows[3][0] - rows[3][1] + 256;

        List<CheckResult> checks = check.check(new RunContext("mandelbrot", 1, args),
            result(1, args, List.of(List.of("Checksum: " + checksum)), pgm(escaped)), reference(1, rows), 2);

        assertThat(checks).allMatch(CheckResult::passed);
        ImageDifference.Unstable axis = MandelbrotCheck.realAxis(args);
        assertThat(axis.at(3, 0)).isTrue();
        assertThat(axis.at(3, 1)).isTrue();
        assertThat(axis.at(3, 2)).isFalse();
        assertThat(axis.at(2, 0)).isFalse();
        assertThat(MandelbrotCheck.realAxis(List.of("x"))).isSameAs(ImageDifference.Unstable.NONE);
    }

    @Test
    void aMissingOrMisspelledOrRepeatedChecksumLineIsNamed() {
        int[][] rows = picture();
        long s = sum(rows);
        String image = pgm(rows);

        assertThat(named(grade(1, rows, List.of(List.of("checksum = " + s)), image), "checksum").message())
            .isEqualTo(run(1) + "rank 0 printed no checksum\n"
                + "  expected: \"Checksum: " + s + "\"\n"
                + "  but was:  \"checksum = " + s + "\"\n"
                + "  first difference at column 1: expected 'C' but was 'c'");
        assertThat(named(grade(2, rows, List.of(List.of(), List.of("Checksum: " + s)), image), "checksum").message())
            .isEqualTo(run(2) + "rank 0 printed no checksum\n"
                + "  expected: \"Checksum: " + s + "\"\n"
                + "  but was:  nothing\n"
                + "  rank 1 printed one: the checksum is rank 0's to print, once it has every row");
        assertThat(named(grade(1, rows, List.of(List.of("Checksum: 1", "Checksum: " + s)), image), "checksum")
            .message()).startsWith(run(1) + "rank 0 printed the checksum 2 times\n");
    }

    @Test
    void aChecksumInAnyNumberFormatIsRead() {
        int[][] rows = picture();

        assertThat(grade(1, rows, List.of(List.of("Checksum: " + (double) sum(rows))), pgm(rows)))
            .allMatch(CheckResult::passed);
    }

    @Test
    void anAttemptIsAChecksumLineOrAnImage() {
        assertThat(check.attempted(result(1, ARGS, List.of(List.of("checksum = 3")), null))).isTrue();
        assertThat(check.attempted(result(1, ARGS, List.of(List.of()), "P2"))).isTrue();
        assertThat(check.attempted(result(2, ARGS, List.of(List.of(), List.of("Time: 1 s")), null))).isFalse();
        assertThat(check.describeExpected()).contains("Checksum: S");
    }

    @Test
    void aReferenceWithoutItsImageIsAFaultOfTheSetUp() {
        int[][] rows = picture();
        ReferenceOutput noImage = new ReferenceOutput(List.of(List.of("Checksum: " + sum(rows))), Map.of());
        ReferenceOutput badImage = new ReferenceOutput(List.of(List.of("Checksum: " + sum(rows))), Map.of(FILE, "x"));
        ReferenceOutput noChecksum = new ReferenceOutput(List.of(List.of()), Map.of(FILE, pgm(rows)));
        RunContext run = new RunContext("mandelbrot", 1, ARGS);
        RunResult result = result(1, ARGS, List.of(List.of("Checksum: 1")), pgm(rows));

        assertThatThrownBy(() -> check.check(run, result, noImage, 2)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("wrote no image.pgm");
        assertThatThrownBy(() -> check.check(run, result, badImage, 2)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("is not a plain PGM");
        assertThatThrownBy(() -> check.check(run, result, noChecksum, 2)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("printed no checksum");
    }

    @Test
    void rowsAreListedAsRuns() {
        assertThat(MandelbrotCheck.listRows(List.of(3, 7, 8, 9, 12))).isEqualTo("3, 7..9, 12");
        assertThat(MandelbrotCheck.listRows(List.of(1, 2))).isEqualTo("1, 2");
        assertThat(MandelbrotCheck.listRows(List.of(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 19, 20)))
            .isEqualTo("0, 2, 4, 6, 8, 10, 12, 14 and 4 more");
    }

    @Test
    void greyLevelsStandForRangesOfValues() {
        // imax 1000: grey 0 is 0..3, grey 1 is 4..7, grey 255 is 1000 alone.
        assertThat(MandelbrotCheck.lowestValue(0, 1000)).isZero();
        assertThat(MandelbrotCheck.highestValue(0, 1000)).isEqualTo(3);
        assertThat(MandelbrotCheck.lowestValue(1, 1000)).isEqualTo(4);
        assertThat(MandelbrotCheck.highestValue(254, 1000)).isEqualTo(999);
        assertThat(MandelbrotCheck.lowestValue(255, 1000)).isEqualTo(1000);
        assertThat(MandelbrotCheck.highestValue(255, 1000)).isEqualTo(1000);
        // imax 200: each value its own grey level, some levels unused.
        assertThat(MandelbrotCheck.lowestValue(2, 200)).isEqualTo(2);
        assertThat(MandelbrotCheck.highestValue(2, 200)).isEqualTo(2);
        assertThat(MandelbrotCheck.lowestValue(1, 200)).isEqualTo(1);
        assertThat(MandelbrotCheck.highestValue(1, 200)).isEqualTo(1);
    }
}
