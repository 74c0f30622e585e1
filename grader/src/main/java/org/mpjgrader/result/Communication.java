package org.mpjgrader.result;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the ranks of one run said to each other: messages and bytes from each rank (row) to each rank (column), a
 * collective counted as the data it moves (a {@code Bcast} as the root sending to every other rank, a
 * {@code Reduce} as every other rank sending to the root, an all-to-all one as every rank sending to every other),
 * and how many calls of each kind the ranks made. {@code complete} is false when a rank made more calls than the
 * runner tells, so that the counts are a lower bound.
 */
public record Communication(List<List<Long>> messages, List<List<Long>> bytes, Map<String, Integer> calls,
                            boolean complete) {
    public static final Communication NONE = new Communication(List.of(), List.of(), Map.of(), true);

    public Communication {
        messages = messages.stream().map(List::copyOf).toList();
        bytes = bytes.stream().map(List::copyOf).toList();
        calls = new TreeMap<>(calls);
    }

    public int np() {
        return messages.size();
    }

    public boolean any() {
        return !calls.isEmpty();
    }

    public long totalMessages() {
        return messages.stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }

    public long totalBytes() {
        return bytes.stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }
}
