package org.mpjgrader.runner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The runner's side of the channel to the grader: one event per line, fields separated by tabs, every line
 * starting with the secret read from standard input, so that nothing a rank prints can pass for an event.
 */
final class Channel {
    private final OutputStream out;
    private final String secret;

    Channel(OutputStream out, String secret) {
        this.out = out;
        this.secret = secret;
    }

    /** Writes one event and flushes it at once: a run killed a moment later must not lose it. */
    synchronized void send(String kind, Object... fields) {
        StringBuilder line = new StringBuilder(secret).append('\t').append(kind);
        for (Object field : fields) {
            line.append('\t');
            ChannelText.escapeInto(String.valueOf(field), line);
        }
        line.append('\n');
        try {
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // The grader has gone away: nobody is left to report to.
            Runtime.getRuntime().halt(70);
        }
    }
}
