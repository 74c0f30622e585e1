package org.mpjgrader.report;

/**
 * Text made safe for XML 1.0: a student's program may print NUL, escape sequences or half a surrogate pair,
 * which no XML parser accepts even escaped. {@code XMLStreamWriter} escapes {@code <}, {@code &} and quotes, but
 * passes such characters through; this drops them.
 */
final class XmlText {
    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 forbids (its production {@code Char}). */
    static String valid(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
            || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
