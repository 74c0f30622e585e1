package org.mpjgrader.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * The K-th of N shares of a class, for spreading a batch over machines (a CI matrix, a SLURM job array):
 * the students at positions K-1, K-1+N, K-1+2N, ... of the sorted class. Every student is in exactly one share,
 * whichever machine computes it.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /** {@code "K/N"}. */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shard is K/N (for instance 2/3), not '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is K/N (for instance 2/3), not '" + text + "'", e);
        }
    }

    public <T> List<T> select(List<T> all) {
        List<T> mine = new ArrayList<>();
        for (int i = index - 1; i < all.size(); i += count) {
            mine.add(all.get(i));
        }
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
