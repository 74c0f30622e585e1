package org.mpjgrader.launch;

import java.util.ArrayList;
import java.util.List;

/** One event from the runner: its kind and fields, unescaped (the runner escapes tab, newline, CR, backslash). */
record ChannelEvent(String kind, List<String> fields) {

    static ChannelEvent parse(String payload) {
        List<String> parts = new ArrayList<>();
        for (String raw : payload.split("\t", -1)) {
            parts.add(unescape(raw));
        }
        return new ChannelEvent(parts.get(0), parts.subList(1, parts.size()));
    }

    String field(int i) {
        return i < fields.size() ? fields.get(i) : "";
    }

    int intField(int i) {
        return Integer.parseInt(field(i));
    }

    long longField(int i) {
        return Long.parseLong(field(i));
    }

    static String unescape(String text) {
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
