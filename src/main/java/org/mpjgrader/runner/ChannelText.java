package org.mpjgrader.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * How fields travel on one line in both directions (events to the grader, run requests to the runner):
 * separated by tabs, with tab, newline, carriage return and backslash escaped.
 */
public final class ChannelText {
    private ChannelText() {
    }

    public static void escapeInto(String text, StringBuilder into) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> into.append("\\\\");
                case '\t' -> into.append("\\t");
                case '\n' -> into.append("\\n");
                case '\r' -> into.append("\\r");
                default -> into.append(c);
            }
        }
    }

    /** The fields joined into one line (without its newline). */
    public static String join(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append('\t');
            }
            escapeInto(field, line);
        }
        return line.toString();
    }

    /** The fields of one line, unescaped. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        for (String raw : line.split("\t", -1)) {
            fields.add(unescape(raw));
        }
        return fields;
    }

    public static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
