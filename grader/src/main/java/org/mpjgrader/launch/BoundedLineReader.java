package org.mpjgrader.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads lines from a stream, cutting any line at a maximum length, so a program cannot make it buffer without end. */
final class BoundedLineReader {
    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer = new byte[8192];
    private int pos;
    private int len;

    BoundedLineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line without its end, or null at the end of the stream. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (pos == len) {
                len = in.read(buffer);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return line.size() > 0 ? line.toString(StandardCharsets.UTF_8) : null;
                }
            }
            byte b = buffer[pos++];
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() < maxLine) {
                line.write(b);
            }
        }
    }
}
