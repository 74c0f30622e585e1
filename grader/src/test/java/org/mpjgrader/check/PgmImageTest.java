package org.mpjgrader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgmImageTest {

    private static String message(String text) {
        try {
            PgmImage.parse(text);
        } catch (PgmImage.FormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("parsed: " + text);
    }

    @Test
    void readsThePlainFormRowByRow() throws Exception {
        PgmImage image = PgmImage.parse("P2\n3 2\n255\n0 1 2\n3 4 255\n");

        assertThat(image.width()).isEqualTo(3);
        assertThat(image.height()).isEqualTo(2);
        assertThat(image.maxValue()).isEqualTo(255);
        assertThat(image.at(0, 2)).isEqualTo(2);
        assertThat(image.at(1, 0)).isEqualTo(3);
        assertThat(image.row(1)).containsExactly(3, 4, 255);
        assertThat(image).isEqualTo(PgmImage.ofRows(255, new int[] {0, 1, 2}, new int[] {3, 4, 255}));
    }

    @Test
    void lineBreaksInsideTheRasterAndCommentsDoNotMatter() throws Exception {
        PgmImage image = PgmImage.parse("P2 # made by hand\n# size:\n3\t2 255 0 1\n2 3\r\n4 5");

        assertThat(image).isEqualTo(PgmImage.ofRows(255, new int[] {0, 1, 2}, new int[] {3, 4, 5}));
        assertThat(image.rowIsZero(0)).isFalse();
        assertThat(PgmImage.parse("P2 2 1 255 0 0").rowIsZero(0)).isTrue();
    }

    @Test
    void anEmptyFileOrAnotherMagicNumberIsNamed() {
        assertThat(message("")).isEqualTo("it is empty");
        assertThat(message("  \n")).isEqualTo("it is empty");
        assertThat(message("P5\n2 1\n255\n\u0001\u0002")).startsWith("it is a binary PGM (P5)");
        assertThat(message("200 200\n255\n")).isEqualTo("it does not start with \"P2\" (it starts with \"200\")");
    }

    @Test
    void aShortOrWrongHeaderIsNamed() {
        assertThat(message("P2\n3")).isEqualTo("its header ends before the height (ni)");
        assertThat(message("P2\n3 2")).isEqualTo("its header ends before the largest grey value");
        assertThat(message("P2\n3 x 255")).isEqualTo("the height (ni) in its header is \"x\", not a whole number above 0");
        assertThat(message("P2\n0 2 255")).isEqualTo("the width (nr) in its header is \"0\", not a whole number above 0");
        assertThat(message("P2\n99999 99999 255")).contains("far more than can be right");
    }

    @Test
    void tooFewOrTooManyValuesAreCountedInRowsWhenTheyAreWholeRows() {
        assertThat(message("P2 3 2 255 0 1 2")).isEqualTo(
            "it holds 3 values after its header, but the header's 3 x 2 needs 6 (3 values: 1 rows of 3)");
        assertThat(message("P2 3 2 255 0 1 2 3")).isEqualTo(
            "it holds 4 values after its header, but the header's 3 x 2 needs 6");
        assertThat(message("P2 3 2 255 0 1 2 3 4 5 6 7 8")).isEqualTo(
            "it holds 9 values after its header, but the header's 3 x 2 needs 6 (9 values: 3 rows of 3)");
    }

    @Test
    void aValueThatIsNoGreyValueIsPlaced() {
        assertThat(message("P2 3 2 255 0 1 2 3 4.5 5")).isEqualTo(
            "value 5 (row 1, column 1) is \"4.5\", not a whole number from 0 to 255");
        assertThat(message("P2 3 2 255 0 -1 2 3 4 5")).isEqualTo(
            "value 2 (row 0, column 1) is \"-1\", not a whole number from 0 to 255");
        assertThat(message("P2 3 2 255 0 1 2 3 4 256")).isEqualTo(
            "value 6 (row 1, column 2) is \"256\", above the header's largest grey value, 255");
        assertThat(message("P2 3 2 255 0 1 2 3 4 12345678901234")).contains("above the header's largest grey value");
    }

    @Test
    void anImageMustHoldWidthTimesHeightValues() {
        assertThatThrownBy(() -> new PgmImage(2, 2, 255, new int[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PgmImage.ofRows(255, new int[] {1, 2}, new int[] {3}))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsPixelsCannotBeChangedFromOutside() {
        int[] pixels = {1, 2};
        PgmImage image = new PgmImage(2, 1, 255, pixels);
        pixels[0] = 9;

        assertThat(image.at(0, 0)).isEqualTo(1);
        assertThat(image).hasSameHashCodeAs(new PgmImage(2, 1, 255, new int[] {1, 2}));
        assertThat(image).isNotEqualTo(new PgmImage(2, 1, 100, new int[] {1, 2}));
        assertThat(image.toString()).isEqualTo("PgmImage[2 x 1, max 255]");
    }
}
