package org.mpjgrader.check;

import java.util.Arrays;
import java.util.Locale;

/**
 * A plain (ASCII) PGM image as the Mandelbrot exercise writes it: {@code P2}, the width and the height, the
 * largest grey value, then width x height grey values, row by row. The values are read as whitespace-separated
 * numbers, as the format defines them, so line breaks inside the raster do not matter; {@code #} starts a
 * comment that runs to the end of its line.
 *
 * @param width    the number of columns (the exercise's {@code nr})
 * @param height   the number of rows (the exercise's {@code ni})
 * @param maxValue the largest grey value the header declares (the exercise's is 255)
 * @param pixels   the grey values, row by row: pixel (row, column) is {@code pixels[row * width + column]}
 */
public record PgmImage(int width, int height, int maxValue, int[] pixels) {
    /** A grey value with more digits than this cannot be right, and is not read as a number. */
    private static final int MAX_DIGITS = 9;

    public PgmImage {
        if (width < 1 || height < 1 || (long) width * height != pixels.length) {
            throw new IllegalArgumentException(width + " x " + height + " pixels, but " + pixels.length + " values");
        }
        pixels = pixels.clone();
    }

    /** An image from its rows, each {@code width} values long (for tests and transformations). */
    public static PgmImage ofRows(int maxValue, int[]... rows) {
        int width = rows.length == 0 ? 0 : rows[0].length;
        int[] pixels = new int[rows.length * width];
        for (int row = 0; row < rows.length; row++) {
            if (rows[row].length != width) {
                throw new IllegalArgumentException("row " + row + " has " + rows[row].length + " values, not " + width);
            }
            System.arraycopy(rows[row], 0, pixels, row * width, width);
        }
        return new PgmImage(width, rows.length, maxValue, pixels);
    }

    /**
     * Reads a plain PGM.
     *
     * @throws FormatException with a message a student can act on (no file name, no run: the caller adds them)
     */
    public static PgmImage parse(String text) throws FormatException {
        Tokens tokens = new Tokens(text);
        String magic = tokens.next();
        if (magic == null) {
            throw new FormatException("it is empty");
        }
        if (!magic.equals("P2")) {
            throw new FormatException(magic.startsWith("P5")
                ? "it is a binary PGM (P5); write the plain form: \"P2\", then the numbers as text"
                : "it does not start with \"P2\" (it starts with \"" + shorten(magic) + "\")");
        }
        int width = headerNumber(tokens, "width (nr)");
        int height = headerNumber(tokens, "height (ni)");
        int maxValue = headerNumber(tokens, "largest grey value");
        long expected = (long) width * height;
        if (expected > Integer.MAX_VALUE / 2) {
            throw new FormatException("its header declares " + width + " x " + height + " pixels, far more than can be right");
        }
        int[] pixels = new int[(int) expected];
        int count = 0;
        for (String token = tokens.next(); token != null; token = tokens.next()) {
            if (count == pixels.length) {
                long total = count + 1 + tokens.remaining();
                throw new FormatException("it holds " + total + " values after its header, but the header's "
                    + width + " x " + height + " needs " + expected + rowsHint(total, width));
            }
            int value = number(token);
            if (value < 0 || value > maxValue) {
                throw new FormatException("value " + (count + 1) + " (row " + count / width + ", column " + count % width
                    + ") is \"" + shorten(token) + "\", " + (value < 0
                    ? "not a whole number from 0 to " + maxValue : "above the header's largest grey value, " + maxValue));
            }
            pixels[count++] = value;
        }
        if (count < pixels.length) {
            throw new FormatException("it holds " + count + " values after its header, but the header's "
                + width + " x " + height + " needs " + expected + rowsHint(count, width));
        }
        return new PgmImage(width, height, maxValue, pixels);
    }

    public int at(int row, int column) {
        return pixels[row * width + column];
    }

    public int[] row(int row) {
        return Arrays.copyOfRange(pixels, row * width, (row + 1) * width);
    }

    /** Whether every pixel of {@code row} is 0. */
    public boolean rowIsZero(int row) {
        for (int c = 0; c < width; c++) {
            if (at(row, c) != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code " (39800 values: 199 rows of 200)"} when {@code count} values are whole rows of {@code width}, else empty. */
    private static String rowsHint(long count, int width) {
        return count % width == 0 ? " (" + count + " values: " + count / width + " rows of " + width + ")" : "";
    }

    private static int headerNumber(Tokens tokens, String what) throws FormatException {
        String token = tokens.next();
        if (token == null) {
            throw new FormatException("its header ends before the " + what);
        }
        int value = number(token);
        if (value < 1) {
            throw new FormatException("the " + what + " in its header is \"" + shorten(token)
                + "\", not a whole number above 0");
        }
        return value;
    }

    /** The value of a token of digits, or -1 when it is anything else. */
    private static int number(String token) {
        if (!isDigits(token) || token.length() > MAX_DIGITS) {
            return isDigits(token) ? Integer.MAX_VALUE : -1;
        }
        return Integer.parseInt(token);
    }

    /** A loop, not a stream: it runs once per pixel, and streams made it the grader's costliest line. */
    private static boolean isDigits(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String token) {
        return token.length() <= 20 ? token : token.substring(0, 20) + "...";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PgmImage o && width == o.width && height == o.height && maxValue == o.maxValue
            && Arrays.equals(pixels, o.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * width + height) + maxValue) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PgmImage[%d x %d, max %d]", width, height, maxValue);
    }

    /** The file is not a plain PGM; the message says why, as {@code it ...}. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        public FormatException(String message) {
            super(message);
        }
    }

    /** Whitespace-separated tokens, skipping {@code #} comments. */
    private static final class Tokens {
        private final String text;
        private int at;

        Tokens(String text) {
            this.text = text;
        }

        String next() {
            skip();
            if (at >= text.length()) {
                return null;
            }
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '#') {
                at++;
            }
            return text.substring(start, at);
        }

        /** How many tokens are left (reading them). */
        long remaining() {
            long n = 0;
            while (next() != null) {
                n++;
            }
            return n;
        }

        private void skip() {
            while (at < text.length()) {
                char ch = text.charAt(at);
                if (ch == '#') {
                    while (at < text.length() && text.charAt(at) != '\n') {
                        at++;
                    }
                } else if (Character.isWhitespace(ch)) {
                    at++;
                } else {
                    return;
                }
            }
        }
    }
}
