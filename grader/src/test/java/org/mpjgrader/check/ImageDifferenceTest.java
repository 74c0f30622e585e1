package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpjgrader.check.ImageDifference.Orientation;

class ImageDifferenceTest {

    /** A w x h image whose pixel (row, column) is distinct enough for every orientation to be told apart. */
    private static int[][] gradient(int width, int height) {
        int[][] rows = new int[height][width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                rows[r][c] = (r * 7 + c * 3) % 200;
            }
        }
        return rows;
    }

    private static PgmImage image(int[][] rows) {
        return PgmImage.ofRows(255, rows);
    }

    @Test
    void valuesOneApartAreTheSame() {
        PgmImage expected = image(new int[][] {{0, 10, 255}});
        PgmImage actual = image(new int[][] {{1, 9, 254}});

        ImageDifference difference = ImageDifference.between(expected, actual);

        assertThat(difference.differingPixels()).isZero();
        assertThat(difference.acceptable()).isTrue();
        assertThat(difference.scattered()).isEmpty();
        assertThat(difference.firstDifferingColumn(0)).isEqualTo(-1);
    }

    @Test
    void aFewScatteredPixelsAreAllowedAndListed() {
        int[][] rows = gradient(20, 10);
        PgmImage expected = image(rows);
        rows[2][5] += 2;
        rows[7][1] = 0;
        rows[7][19] += 50;

        ImageDifference difference = ImageDifference.between(expected, image(rows));

        assertThat(difference.differingPixels()).isEqualTo(3);
        assertThat(difference.wrongRows()).isEmpty();
        assertThat(difference.scattered()).containsExactly(
            new ImageDifference.Pixel(2, 5, 29, 31),
            new ImageDifference.Pixel(7, 1, 52, 0),
            new ImageDifference.Pixel(7, 19, 106, 156));
        assertThat(difference.acceptable()).isTrue();
        assertThat(difference.firstDifferingColumn(7)).isEqualTo(1);
    }

    @Test
    void moreScatteredPixelsThanRoundingGivesAreNotAcceptable() {
        int[][] rows = gradient(20, 11);
        PgmImage expected = image(rows);
        for (int r = 0; r < 11; r++) {
            rows[r][r] += 5;
        }

        ImageDifference difference = ImageDifference.between(expected, image(rows));

        assertThat(difference.allowedScattered()).isEqualTo(10);
        assertThat(difference.wrongRows()).isEmpty();
        assertThat(difference.scattered()).hasSize(11);
        assertThat(difference.scatteredWithinBound()).isFalse();
        assertThat(difference.acceptable()).isFalse();
    }

    @Test
    void theAllowanceGrowsWithTheImage() {
        assertThat(ImageDifference.allowedScattered(100)).isEqualTo(10);
        assertThat(ImageDifference.allowedScattered(40_000)).isEqualTo(40);
    }

    @Test
    void aRowWithMoreThanAFewDifferingPixelsIsWrong() {
        int[][] rows = gradient(10, 6);
        PgmImage expected = image(rows);
        rows[3] = new int[10];
        rows[4][0] += 9;
        rows[4][1] += 9;
        rows[4][2] += 9;

        ImageDifference difference = ImageDifference.between(expected, image(rows));

        assertThat(difference.wrongRows()).containsExactly(3);
        assertThat(difference.differingIn(3)).isEqualTo(10);
        assertThat(difference.differingIn(4)).isEqualTo(ImageDifference.ROW_BOUND);
        assertThat(difference.scattered()).extracting(ImageDifference.Pixel::row).containsOnly(4);
        assertThat(difference.acceptable()).isFalse();
    }

    @Test
    void aRowHoldingAnotherRowsValuesIsFound() {
        int[][] rows = gradient(10, 6);
        PgmImage expected = image(rows);
        int[][] swapped = gradient(10, 6);
        swapped[1] = rows[4].clone();
        swapped[4] = rows[1].clone();
        swapped[2] = new int[10];

        ImageDifference difference = ImageDifference.between(expected, image(swapped));

        assertThat(difference.wrongRows()).containsExactly(1, 2, 4);
        assertThat(difference.rowHeldInstead(1)).hasValue(4);
        assertThat(difference.rowHeldInstead(4)).hasValue(1);
        assertThat(difference.rowHeldInstead(2)).isEmpty();
    }

    @Test
    void imagesOfDifferentSizesAreNotCompared() {
        assertThatThrownBy(() -> ImageDifference.between(image(gradient(3, 2)), image(gradient(2, 3))))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anImageWrittenColumnByColumnIsTransposedUnderEitherHeader() {
        int[][] rows = gradient(5, 3);
        PgmImage expected = image(rows);
        int[] columnByColumn = new int[15];
        for (int c = 0; c < 5; c++) {
            for (int r = 0; r < 3; r++) {
                columnByColumn[c * 3 + r] = rows[r][c];
            }
        }

        assertThat(ImageDifference.orientation(expected, columnByColumn)).contains(Orientation.TRANSPOSED);
        assertThat(Orientation.TRANSPOSED.description()).startsWith("transposed");
    }

    @Test
    void upsideDownMirroredAndTurnedImagesAreNamed() {
        int[][] rows = gradient(6, 4);
        PgmImage expected = image(rows);
        int[] upsideDown = new int[24];
        int[] mirrored = new int[24];
        int[] turned = new int[24];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 6; c++) {
                upsideDown[(3 - r) * 6 + c] = rows[r][c];
                mirrored[r * 6 + 5 - c] = rows[r][c];
                turned[(3 - r) * 6 + 5 - c] = rows[r][c];
            }
        }

        assertThat(ImageDifference.orientation(expected, upsideDown)).contains(Orientation.UPSIDE_DOWN);
        assertThat(ImageDifference.orientation(expected, mirrored)).contains(Orientation.MIRRORED);
        assertThat(ImageDifference.orientation(expected, turned)).contains(Orientation.TURNED);
    }

    @Test
    void anImageThatIsRightOrJustWrongIsNotTurnedOver() {
        int[][] rows = gradient(6, 4);
        PgmImage expected = image(rows);

        assertThat(ImageDifference.orientation(expected, expected.pixels())).isEmpty();
        assertThat(ImageDifference.orientation(expected, new int[24])).isEmpty();
        assertThat(ImageDifference.orientation(expected, new int[23])).isEmpty();
    }

    @Test
    void aTurnedOverImageWithAFewMorePixelsWrongIsStillNamed() {
        int[][] rows = gradient(40, 30);
        PgmImage expected = image(rows);
        int[] upsideDown = new int[1200];
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 40; c++) {
                upsideDown[(29 - r) * 40 + c] = rows[r][c];
            }
        }
        for (int i = 0; i < 15; i++) {
            upsideDown[i * 80] += 100;
        }

        assertThat(ImageDifference.orientation(expected, upsideDown)).contains(Orientation.UPSIDE_DOWN);
        assertThat(List.of(Orientation.values())).hasSize(4);
    }

    @Test
    void aRowLeftAtZeroWhereTheReferenceHasGreyOnesIsMissingThoughWithinTheTolerance() {
        // The picture's edge: points escape at once, grey 0 and 1; a row never computed stays 0.
        int[][] rows = {{5, 9, 12, 9, 5, 2}, {0, 1, 1, 0, 1, 1}};
        PgmImage expected = image(rows);
        PgmImage dropped = image(new int[][] {rows[0], {0, 0, 0, 0, 0, 0}});

        ImageDifference difference = ImageDifference.between(expected, dropped);

        assertThat(difference.missingRows()).containsExactly(1);
        assertThat(difference.wrongRows()).containsExactly(1);
        assertThat(difference.differingIn(1)).isEqualTo(4);
        assertThat(difference.firstDifferingColumn(1)).isEqualTo(1);
        assertThat(difference.acceptable()).isFalse();
    }

    @Test
    void aRowWhoseEveryValueDiffersIsMissingAndOneWithAFewRoundedValuesIsNot() {
        int[][] rows = {{5, 9, 12, 9, 5, 2}, {3, 4, 6, 7, 4, 3}};
        PgmImage expected = image(rows);
        PgmImage shifted = image(new int[][] {rows[0], {4, 5, 7, 8, 5, 4}});
        PgmImage rounded = image(new int[][] {{5, 10, 12, 9, 5, 2}, {3, 4, 7, 7, 4, 3}});

        assertThat(ImageDifference.between(expected, shifted).missingRows()).containsExactly(1);
        assertThat(ImageDifference.between(expected, rounded).missingRows()).isEmpty();
        assertThat(ImageDifference.between(expected, rounded).acceptable()).isTrue();
    }
}
