package org.mpjgrader.launch;

import java.util.List;

/**
 * One decision of a run whose wildcard receives were matched by a schedule: rank {@code rank}'s {@code number}-th
 * wildcard receive (from 0), with {@code tag} (MPJ's {@code ANY_TAG} as it is), at the program's line {@code site}
 * ({@code PointToPoint.java:17}), could take a message from each of {@code candidates} and took {@code chosen}'s.
 */
public record WildcardMatch(int rank, int number, int tag, List<Integer> candidates, int chosen, String site) {
    public WildcardMatch {
        candidates = List.copyOf(candidates);
    }

    /** {@code R.N=S}, as a {@code replay:} schedule lists it. */
    public String replayEntry() {
        return rank + "." + number + "=" + chosen;
    }
}
