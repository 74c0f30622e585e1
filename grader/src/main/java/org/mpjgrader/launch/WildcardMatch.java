package org.mpjgrader.launch;

import java.util.List;

/**
 * One decision of a run whose wildcard receives were matched by a schedule: rank {@code rank}'s {@code number}-th
 * decision (from 0), a {@code call} ({@code Recv} or {@code Probe} from any rank, or a poll: {@code Iprobe}) with
 * {@code tag} (MPJ's {@code ANY_TAG} as it is), at the program's line {@code site} ({@code PointToPoint.java:17}),
 * could take a message from each of {@code candidates} and took {@code chosen}'s; a poll may find none
 * ({@link #NOTHING}).
 */
public record WildcardMatch(int rank, int number, int tag, List<Integer> candidates, int chosen, String site,
                            String call) {
    /** A poll's choice to find no message though {@code candidates}' were pending. */
    public static final int NOTHING = -1;

    public WildcardMatch {
        candidates = List.copyOf(candidates);
    }

    /** A wildcard receive's decision. */
    public WildcardMatch(int rank, int number, int tag, List<Integer> candidates, int chosen, String site) {
        this(rank, number, tag, candidates, chosen, site, "Recv");
    }

    /** Whether the decision was a poll's that found nothing. */
    public boolean foundNothing() {
        return chosen == NOTHING;
    }

    /** {@code R.N=S}, as a {@code replay:} schedule lists it. */
    public String replayEntry() {
        return rank + "." + number + "=" + chosen;
    }
}
