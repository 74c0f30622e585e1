package org.mpjgrader.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Sorts what the ranks print into lines per rank and stream and sends each line as an {@code OUT} event.
 * All ranks share {@code System.out}; the writing thread's group tells which rank is writing.
 * Stops forwarding after a byte budget, so a rank that floods its output costs counting, not memory.
 */
final class RankOutputRouter {
    static final int STDOUT = 1;
    static final int STDERR = 2;
    private static final int MAX_LINE = 16 * 1024;

    private final Channel channel;
    private final RankTable ranks;
    private final long byteLimit;
    private final Map<Long, ByteArrayOutputStream> pending = new HashMap<>();
    private long bytesSeen;
    private boolean dropping;

    RankOutputRouter(Channel channel, RankTable ranks, long byteLimit) {
        this.channel = channel;
        this.ranks = ranks;
        this.byteLimit = byteLimit;
    }

    OutputStream stream(int stream) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                accept(stream, new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                accept(stream, b, off, len);
            }
        };
    }

    private synchronized void accept(int stream, byte[] b, int off, int len) {
        int rank = ranks.rankOf(Thread.currentThread());
        bytesSeen += len;
        if (bytesSeen > byteLimit) {
            if (!dropping) {
                dropping = true;
                channel.send("DROPPED", byteLimit);
            }
            return;
        }
        ByteArrayOutputStream line = pending.computeIfAbsent(key(rank, stream), k -> new ByteArrayOutputStream());
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                emit(rank, stream, line);
            } else {
                line.write(b[i]);
                if (line.size() >= MAX_LINE) {
                    emit(rank, stream, line);
                }
            }
        }
    }

    /** Sends what is left of unfinished lines, e.g. a last {@code print} without a newline. */
    synchronized void flushAll() {
        pending.forEach((key, line) -> {
            if (line.size() > 0) {
                emit((int) (key >> 8), (int) (key & 0xff), line);
            }
        });
    }

    synchronized long bytesSeen() {
        return bytesSeen;
    }

    private void emit(int rank, int stream, ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        channel.send("OUT", rank, stream, text);
        line.reset();
    }

    private static long key(int rank, int stream) {
        return ((long) rank << 8) | stream;
    }
}
