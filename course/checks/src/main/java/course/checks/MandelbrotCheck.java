package course.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.GradedLines;
import org.mpjgrader.check.ImageDifference;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.PgmImage;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * Lesson 10, the Mandelbrot set in parallel: rank 0 prints {@code Checksum: S}, the sum of all pixel values, and
 * writes the picture as a plain PGM to the file the 8th argument names. Two checks share the points.
 *
 * <p><b>The image</b> is compared with the reference's pixel by pixel ({@link ImageDifference}): arithmetic that is
 * equivalent but rounds differently moves a few scattered pixels, which are allowed; a row that was not computed,
 * not received or put in another row's place is not. An image turned over (written column by column, upside
 * down) is named as such.
 *
 * <p><b>The checksum</b> must be the reference's, up to what rounding explains. A fixed relative tolerance cannot
 * tell the two apart (the contract's notes): on about 4,000 inputs drawn like the hidden ones, arithmetic that is
 * equivalent but rounds differently (precomputed steps {@code dx = (ref-rei)/nr}, {@code (x+y)*(x-y)}) moved the
 * checksum by up to 9.4e-5 relative, while a dropped last row, at the edge of the picture where points escape at
 * once, moved it by as little as 2.7e-5, and in a third of the cases such a row is 0 in the PGM anyway (values
 * below imax/255 scale to 0). What does tell them apart is whether the image accounts for the difference: each
 * pixel that differs in the image bounds how far its value moved (a grey level g stands for the values v with
 * v*255/imax = g); beyond those, rounding moved the sum by at most 9 (3.3 grey levels' worth) in every measured
 * case, a dropped row by at least 218 (62 grey levels' worth; every pixel is at least 1). So the checksum may
 * differ by what the scattered differing pixels allow plus {@link #CHECKSUM_SLACK_GREY_LEVELS} grey levels'
 * worth of values. Without an image to compare, the contract's relative 5e-5 applies.
 */
public final class MandelbrotCheck implements OutputCheck {
    static final String CHECKSUM = "checksum";
    static final String IMAGE = "image";
    /** Without an image to account for the difference: the contract's tolerance, relative to the checksum. */
    static final double CHECKSUM_TOLERANCE = 5e-5;
    /** Rounding's share of the checksum beyond the image's differing pixels, in grey levels (imax/255 each). */
    static final int CHECKSUM_SLACK_GREY_LEVELS = 10;
    /** The grey value the contract's PGM scales to. */
    static final int GREY_LEVELS = 255;
    /** ci this close to 0 (relative to the imaginary range's ends) is 0 up to rounding. */
    static final double ON_THE_AXIS = 1e-12;
    /** On the real axis, left of the Feigenbaum point (-1.4012) the orbits are chaotic; a margin to the right. */
    static final double CHAOTIC_BELOW = -1.39;
    private static final int IMAX_ARGUMENT = 6;
    private static final int IMAGE_ARGUMENT = 7;
    private static final int ROWS_LISTED = 8;
    private static final int MOVED_ROWS_SHOWN = 3;
    private static final Pattern CHECKSUM_LINE = Pattern.compile("Checksum: " + GradedLines.NUMBER);

    @Override
    public String describeExpected() {
        return "rank 0 prints \"Checksum: S\" and writes the image to the file the 8th argument names";
    }

    @Override
    public boolean attempted(RunResult result) {
        return !result.files().isEmpty() || result.ranks().stream().flatMap(r -> r.stdout().stream())
            .anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(CHECKSUM));
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        if (run.arguments().size() <= IMAGE_ARGUMENT) {
            return List.of(checksum(run, result, reference, Optional.empty(), points));
        }
        ImageOutcome image = image(run, result, reference, points / 2);
        return List.of(checksum(run, result, reference, image.difference(), points / 2), image.result());
    }

    /** The image check's result and, when the images could be compared pixel by pixel, their difference. */
    private record ImageOutcome(CheckResult result, Optional<ImageDifference> difference) {
        static ImageOutcome fail(double points, FailureMessage message) {
            return new ImageOutcome(CheckResult.fail(IMAGE, points, message.text()), Optional.empty());
        }
    }

    // ---- the image

    private static ImageOutcome image(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        String file = run.arguments().get(IMAGE_ARGUMENT);
        PgmImage expected = referenceImage(run, reference, file);
        String text = result.files().get(file);
        if (text == null) {
            return ImageOutcome.fail(points, FailureMessage.of(run, "rank 0 wrote no " + file)
                .detail("the 8th argument names the file to write the picture to: a plain PGM (\"P2\", \"nr ni\", "
                    + "\"255\", then ni lines of nr values)"));
        }
        PgmImage actual;
        try {
            actual = PgmImage.parse(text);
        } catch (PgmImage.FormatException e) {
            return ImageOutcome.fail(points, FailureMessage.of(run, file + " is not a plain PGM: " + e.getMessage()));
        }
        if (actual.maxValue() != expected.maxValue()) {
            return ImageOutcome.fail(points, FailureMessage.of(run, file + " declares the wrong largest grey value")
                .expectedValue(Integer.toString(expected.maxValue()), Integer.toString(actual.maxValue()))
                .detail("the header's third number is " + GREY_LEVELS + ", and each pixel is written as "
                    + "value * " + GREY_LEVELS + " / imax"));
        }
        if (actual.width() != expected.width() || actual.height() != expected.height()) {
            return ImageOutcome.fail(points, wrongSize(run, file, expected, actual));
        }
        ImageDifference difference = ImageDifference.between(expected, actual, realAxis(run.arguments()));
        if (difference.acceptable()) {
            return new ImageOutcome(CheckResult.pass(IMAGE, points), Optional.of(difference));
        }
        Optional<ImageDifference.Orientation> turned = ImageDifference.orientation(expected, actual.pixels());
        FailureMessage message = turned.isPresent()
            ? FailureMessage.of(run, "the image is the reference's " + turned.get().description())
            : difference.wrongRows().isEmpty() ? scattered(run, difference) : wrongRows(run, difference, expected, actual);
        return new ImageOutcome(CheckResult.fail(IMAGE, points, message.text()), Optional.of(difference));
    }

    /**
     * The pixels of the real axis's chaotic part, c real and below {@link #CHAOTIC_BELOW}. There the orbit of a
     * real c stays bounded, while the tiniest imaginary part grows until it escapes: whether a row's ci comes out
     * as exactly 0 or as 2e-16 (as {@code imi + ii*dy} gives where {@code imi + ii*(imf-imi)/ni} gives 0) turns
     * values of imax into values of about 100. Measured: 23 pixels of one row at 184 x 157, rei -1.697,
     * imi -1.056, imf 0.828, row 88. A row is on the axis when the contract's ci is 0 up to rounding.
     */
    static ImageDifference.Unstable realAxis(List<String> arguments) {
        try {
            int nr = Integer.parseInt(arguments.get(0));
            int ni = Integer.parseInt(arguments.get(1));
            double rei = Double.parseDouble(arguments.get(2));
            double ref = Double.parseDouble(arguments.get(3));
            double imi = Double.parseDouble(arguments.get(4));
            double imf = Double.parseDouble(arguments.get(5));
            double zero = ON_THE_AXIS * Math.max(1, Math.max(Math.abs(imi), Math.abs(imf)));
            return (row, column) -> Math.abs(imi + row * (imf - imi) / ni) <= zero
                && rei + column * (ref - rei) / nr < CHAOTIC_BELOW;
        } catch (RuntimeException e) {
            return ImageDifference.Unstable.NONE;
        }
    }

    private static PgmImage referenceImage(RunContext run, ReferenceOutput reference, String file) {
        String text = reference.files().get(file);
        if (text == null) {
            throw new IllegalStateException("the reference solution wrote no " + file + " for " + run.describe());
        }
        try {
            return PgmImage.parse(text);
        } catch (PgmImage.FormatException e) {
            throw new IllegalStateException("the reference solution's " + file + " for " + run.describe()
                + " is not a plain PGM: " + e.getMessage(), e);
        }
    }

    private static FailureMessage wrongSize(RunContext run, String file, PgmImage expected, PgmImage actual) {
        boolean swapped = actual.width() == expected.height() && actual.height() == expected.width();
        if (swapped && ImageDifference.orientation(expected, actual.pixels())
            .filter(o -> o == ImageDifference.Orientation.TRANSPOSED).isPresent()) {
            return FailureMessage.of(run, "the image is the reference's transposed: " + actual.width() + " x "
                    + actual.height() + " instead of " + expected.width() + " x " + expected.height())
                .detail("write ni lines, one per row ii, each with the nr values of that row, under the header "
                    + "\"nr ni\"");
        }
        return FailureMessage.of(run, file + " has the wrong size (width x height)")
            .expectedValue(expected.width() + " x " + expected.height() + " (nr x ni)",
                actual.width() + " x " + actual.height())
            .detail(swapped ? "hint: the header's second line is \"nr ni\": the width, nr, comes first" : "");
    }

    private static FailureMessage scattered(RunContext run, ImageDifference difference) {
        List<ImageDifference.Pixel> pixels = difference.scattered();
        long rows = pixels.stream().mapToInt(ImageDifference.Pixel::row).distinct().count();
        ImageDifference.Pixel first = pixels.get(0);
        return FailureMessage.of(run, pixels.size() + " pixels of the image, scattered over " + rows
                + " rows, differ from the reference's: more than rounding explains (at most "
                + difference.allowedScattered() + ")")
            .detail("first at row " + first.row() + ", column " + first.column() + ": expected " + first.expected()
                + " but was " + first.actual())
            .detail("hint: compute each pixel as the task says, in double: c = (rei + ir*(ref-rei)/nr) + "
                + "i*(imi + ii*(imf-imi)/ni), z = z*z + c from z = 0, the value the first it in 1..imax with |z| > 2");
    }

    private static FailureMessage wrongRows(RunContext run, ImageDifference difference, PgmImage expected,
                                            PgmImage actual) {
        List<Integer> wrong = difference.wrongRows();
        int width = expected.width();
        int pixels = wrong.stream().mapToInt(difference::differingIn).sum();
        String rows = (wrong.size() == 1 ? "row " : "rows ") + listRows(wrong);
        String verb = wrong.size() == 1 ? " differs" : " differ";
        FailureMessage message = FailureMessage.of(run, pixels == wrong.size() * width
            ? rows + " of the image" + verb + " entirely from the reference's"
            : rows + " of the image" + verb + " from the reference's (" + pixels + " of "
                + (wrong.size() == 1 ? "its " : "their ") + wrong.size() * width + " pixels)");
        List<Integer> zero = wrong.stream().filter(actual::rowIsZero).toList();
        if (!zero.isEmpty()) {
            message.detail(zero.size() == wrong.size()
                ? (wrong.size() == 1 ? "it is" : "they are") + " 0 throughout"
                : (zero.size() == 1 ? "row " : "rows ") + listRows(zero) + (zero.size() == 1 ? " is" : " are")
                    + " 0 throughout");
        }
        int row = wrong.get(0);
        int column = difference.firstDifferingColumn(row);
        message.detail("first difference: row " + row + ", column " + column + ": expected "
            + expected.at(row, column) + " but was " + actual.at(row, column));
        List<String> moved = new ArrayList<>();
        for (int r : wrong) {
            if (moved.size() == MOVED_ROWS_SHOWN) {
                break;
            }
            OptionalInt other = zero.contains(r) ? OptionalInt.empty() : difference.rowHeldInstead(r);
            other.ifPresent(o -> moved.add("row " + r + " holds the reference's row " + o));
        }
        moved.forEach(message::detail);
        int scattered = difference.scattered().size();
        if (scattered > 0) {
            message.detail("and " + scattered + (scattered == 1 ? " pixel" : " scattered pixels") + " elsewhere");
        }
        String hint = rowHint(run.np(), expected.height(), wrong, !moved.isEmpty(), zero.size() == wrong.size());
        return message.detail(hint.isEmpty() ? "" : "hint: " + hint);
    }

    /** What the wrong rows have in common, as a question about the code. */
    static String rowHint(int np, int ni, List<Integer> wrong, boolean moved, boolean allZero) {
        int left = ni % np;
        if (np > 1 && left > 1 && wrong.equals(range(ni - left, ni))) {
            return "rows " + listRows(wrong) + " are the last " + left + " rows, left over when " + np
                + " ranks do not divide " + ni + " rows: are they computed and sent?";
        }
        if (np > 1 && left == 1 && wrong.equals(List.of(ni - 1))) {
            return "row " + (ni - 1) + " is the last row, the one left over when " + np + " ranks do not divide "
                + ni + " rows: is it computed and sent, or does a loop over the rows stop one short?";
        }
        if (wrong.equals(List.of(ni - 1))) {
            return "row " + (ni - 1) + " is the last row: does a loop over the rows stop one short?";
        }
        if (moved) {
            return np > 1 ? "rows are in the wrong places: the k-th row rank r computes is row r + k*" + np
                : "rows are in the wrong places: is each row written at its own ii?";
        }
        List<Integer> ranks = ranksOwningExactly(np, ni, wrong);
        if (!ranks.isEmpty()) {
            String who = ranks.size() == 1 ? "rank " + ranks.get(0) : "ranks " + join(ranks);
            return "these are all the rows of " + who + " (rank r's rows are r, r+" + np + ", r+" + 2 * np
                + ", ...): are they received from " + (ranks.size() == 1 ? "it" : "them") + " and put in place?";
        }
        return allZero ? "a row that stays 0 was never computed, or never received by rank 0" : "";
    }

    /** The ranks whose cyclic rows (r, r+np, ...) are exactly {@code rows}, or none. */
    private static List<Integer> ranksOwningExactly(int np, int ni, List<Integer> rows) {
        if (np < 2) {
            return List.of();
        }
        List<Integer> ranks = rows.stream().map(r -> r % np).distinct().sorted().toList();
        if (ranks.size() == np) {
            return List.of();
        }
        List<Integer> owned = new ArrayList<>();
        for (int row = 0; row < ni; row++) {
            if (ranks.contains(row % np)) {
                owned.add(row);
            }
        }
        return owned.equals(rows) && rows.size() > 1 ? ranks : List.of();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> rows = new ArrayList<>();
        for (int r = from; r < to; r++) {
            rows.add(r);
        }
        return rows;
    }

    /** {@code 3, 7..9, 12}; past eight runs, {@code ... and 5 more}. */
    static String listRows(List<Integer> rows) {
        List<String> runs = new ArrayList<>();
        int shown = 0;
        int i = 0;
        while (i < rows.size() && runs.size() < ROWS_LISTED) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
                j++;
            }
            runs.add(j == i ? Integer.toString(rows.get(i))
                : j == i + 1 ? rows.get(i) + ", " + rows.get(j) : rows.get(i) + ".." + rows.get(j));
            shown += j - i + 1;
            i = j + 1;
        }
        String text = String.join(", ", runs);
        int more = rows.size() - shown;
        return more == 0 ? text : text + " and " + more + " more";
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }

    // ---- the checksum

    private static CheckResult checksum(RunContext run, RunResult result, ReferenceOutput reference,
                                        Optional<ImageDifference> image, double points) {
        List<Matcher> expectedLines = GradedLines.matching(reference.stdout().get(0), CHECKSUM_LINE);
        if (expectedLines.isEmpty()) {
            throw new IllegalStateException("the reference solution printed no checksum for " + run.describe());
        }
        String expectedLine = expectedLines.get(0).group(0);
        double expected = Double.parseDouble(expectedLines.get(0).group(1));
        List<String> rank0 = result.rank(0).stdout();
        List<Matcher> lines = GradedLines.matching(rank0, CHECKSUM_LINE);
        if (lines.size() != 1) {
            FailureMessage message = FailureMessage.of(run, lines.isEmpty() ? "rank 0 printed no checksum"
                    : "rank 0 printed the checksum " + lines.size() + " times")
                .expectedButWas(expectedLine, lines.isEmpty() ? GradedLines.firstMentioning(rank0, CHECKSUM)
                    : lines.get(1).group(0));
            if (lines.isEmpty()) {
                otherRankWithChecksum(result).ifPresent(r -> message.detail("rank " + r + " printed one: the checksum "
                    + "is rank 0's to print, once it has every row"));
            }
            return CheckResult.fail(CHECKSUM, points, message.text());
        }
        String actualLine = lines.get(0).group(0);
        double actual = Double.parseDouble(lines.get(0).group(1));
        OptionalInt imax = imax(run);
        if (image.isEmpty() || imax.isEmpty()) {
            if (GradedLines.close(expected, actual, CHECKSUM_TOLERANCE)) {
                return CheckResult.pass(CHECKSUM, points);
            }
            return CheckResult.fail(CHECKSUM, points, FailureMessage.of(run, "the checksum is wrong (tolerance: "
                    + "relative 5e-5, as there is no image to compare)")
                .expectedButWas(expectedLine, actualLine).text());
        }
        ImageDifference difference = image.get();
        long[] allowed = allowedShift(difference, imax.getAsInt());
        double shift = actual - expected;
        if (shift >= allowed[0] && shift <= allowed[1]) {
            return CheckResult.pass(CHECKSUM, points);
        }
        FailureMessage message = FailureMessage.of(run, "the checksum is wrong")
            .expectedButWas(expectedLine, actualLine)
            .detail(describeShift(shift, allowed, difference));
        if (difference.acceptable()) {
            // Not "the image is right": grey levels hide values below imax/255, so a row never computed at the
            // picture's edge, where the reference's values are that small too, looks the same (issue 16).
            message.detail("hint: the image shows no wrong row, but its grey levels hide values below imax/255: is "
                + "every row computed and received, and is the checksum the sum of all ni x nr values, taken on "
                + "rank 0 once every row has arrived?");
        }
        return CheckResult.fail(CHECKSUM, points, message.text());
    }

    private static Optional<Integer> otherRankWithChecksum(RunResult result) {
        return result.ranks().stream().filter(r -> r.rank() != 0)
            .filter(r -> !GradedLines.matching(r.stdout(), CHECKSUM_LINE).isEmpty())
            .map(RankOutput::rank).findFirst();
    }

    private static OptionalInt imax(RunContext run) {
        try {
            int imax = Integer.parseInt(run.arguments().get(IMAX_ARGUMENT));
            return imax > 0 ? OptionalInt.of(imax) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * How far the checksum may be from the reference's, {@code {lowest, highest}}: as far as the unstable and
     * the scattered differing pixels of the image allow (the scattered ones only when there are no more than
     * rounding explains; never those of wrong rows), plus the slack of {@link #CHECKSUM_SLACK_GREY_LEVELS} grey
     * levels. Each such pixel may have moved the sum by as much as its two grey levels allow, or not at all: an
     * image that is wrong in other ways (transposed, say) need not show the values the program summed.
     */
    static long[] allowedShift(ImageDifference difference, int imax) {
        long slack = ceilDiv((long) CHECKSUM_SLACK_GREY_LEVELS * imax, GREY_LEVELS);
        long low = -slack;
        long high = slack;
        List<ImageDifference.Pixel> explaining = new ArrayList<>(difference.unstable());
        if (difference.scatteredWithinBound()) {
            explaining.addAll(difference.scattered());
        }
        for (ImageDifference.Pixel p : explaining) {
            low += Math.min(0, lowestValue(p.actual(), imax) - highestValue(p.expected(), imax));
            high += Math.max(0, highestValue(p.actual(), imax) - lowestValue(p.expected(), imax));
        }
        return new long[] {low, high};
    }

    /** The smallest value v that scales to {@code grey}: v * 255 / imax = grey. */
    static long lowestValue(int grey, int imax) {
        return Math.min(imax, ceilDiv((long) grey * imax, GREY_LEVELS));
    }

    /** The largest value v that scales to {@code grey}. */
    static long highestValue(int grey, int imax) {
        return grey >= GREY_LEVELS ? imax : Math.min(imax, ceilDiv((long) (grey + 1) * imax, GREY_LEVELS) - 1);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static String describeShift(double shift, long[] allowed, ImageDifference difference) {
        String by = String.format(Locale.ROOT, "%d %s than the reference's", Math.round(Math.abs(shift)),
            shift < 0 ? "less" : "more");
        String bound = String.format(Locale.ROOT, "%d..%d", allowed[0], allowed[1]);
        int scattered = (difference.scatteredWithinBound() ? difference.scattered().size() : 0)
            + difference.unstable().size();
        if (difference.differingPixels() == 0 && scattered == 0) {
            return "it is " + by + ", and the image is the reference's: rounding moves the checksum within " + bound;
        }
        if (scattered == 0) {
            return "it is " + by + "; rounding moves it within " + bound;
        }
        return "it is " + by + "; rounding, with the " + scattered + (scattered == 1 ? " pixel" : " pixels")
            + " that differ in the image, moves it within " + bound;
    }
}
