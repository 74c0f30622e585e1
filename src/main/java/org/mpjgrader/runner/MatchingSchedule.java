package org.mpjgrader.runner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which sender a wildcard receive matches, among the messages pending for it once the run is quiescent:
 * {@code lowest} (rank order), {@code highest} (reverse rank order), {@code random:SEED} (drawn per decision from
 * the seed, the rank and the decision's number, so that a schedule is the same on every machine), or
 * {@code replay:R.N=S,...} (rank R's N-th wildcard receive takes sender S; lowest where the list says nothing). A
 * poll ({@code Iprobe}) that may find nothing though messages are pending has {@link #NOTHING} for one more choice:
 * {@code lowest} never takes it (a poll finds what is there), {@code highest} always does (the latest a message may
 * be seen), {@code random} draws it as one of the choices.
 */
record MatchingSchedule(String kind, long seed, Map<String, Integer> replayed) {
    /** The run controls no matching: MPJ matches wildcard receives as messages come. */
    static final String NONE = "-";
    /** A poll's choice to find no message. */
    static final int NOTHING = -1;

    /** The schedule a run request names, or null for {@link #NONE}. */
    static MatchingSchedule parse(String text) {
        if (text.equals(NONE)) {
            return null;
        }
        if (text.startsWith("random:")) {
            return new MatchingSchedule("random", Long.parseLong(text.substring("random:".length())), Map.of());
        }
        if (text.startsWith("replay:")) {
            Map<String, Integer> decisions = new HashMap<>();
            for (String entry : text.substring("replay:".length()).split(",")) {
                if (!entry.isEmpty()) {
                    String[] sides = entry.split("=");
                    decisions.put(sides[0], Integer.parseInt(sides[1]));
                }
            }
            return new MatchingSchedule("replay", 0, Map.copyOf(decisions));
        }
        if (text.equals("lowest") || text.equals("highest")) {
            return new MatchingSchedule(text, 0, Map.of());
        }
        throw new IllegalArgumentException("unknown matching schedule " + text);
    }

    /**
     * @param candidates    the senders whose messages match, in rank order, at least one
     * @param number        how many decisions the rank made before this one
     * @param mayFindNothing whether {@link #NOTHING} is a choice too: a poll's
     */
    int choose(int rank, int number, List<Integer> candidates, boolean mayFindNothing) {
        List<Integer> choices = new ArrayList<>(candidates);
        if (mayFindNothing) {
            choices.add(NOTHING);
        }
        return switch (kind) {
            case "highest" -> choices.get(choices.size() - 1);
            case "random" -> choices.get(new SplittableRandom(seed ^ (rank * 1_000_003L + number * 7_919L))
                .nextInt(choices.size()));
            case "replay" -> {
                Integer recorded = replayed.get(rank + "." + number);
                yield recorded != null && choices.contains(recorded) ? recorded : candidates.get(0);
            }
            default -> candidates.get(0);
        };
    }
}
