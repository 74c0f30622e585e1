package org.mpjgrader.launch;

import java.util.List;
import org.mpjgrader.runner.ChannelText;

/** One event from the runner: its kind and fields, unescaped (the runner escapes tab, newline, CR, backslash). */
record ChannelEvent(String kind, List<String> fields) {

    static ChannelEvent parse(String payload) {
        List<String> parts = ChannelText.split(payload);
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
}
