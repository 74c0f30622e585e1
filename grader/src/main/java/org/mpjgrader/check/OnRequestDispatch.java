package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mpjgrader.launch.MpiCall;
import org.mpjgrader.launch.RunResult;

/**
 * The master's assignment log, read from its MPI calls: on demand, every message rank 0 sends a slave answers a
 * request that slave has just sent (the last message rank 0 received came from it), save the first message to
 * each slave, which may hand out a first job unasked. A master that decides in advance who gets which job sends
 * to a slave that has not asked, hands out several jobs in one message, or takes requests in a fixed turn.
 * Receives whose source is unknown (a non-blocking {@code Irecv}) leave the log
 * unreadable: then nothing is claimed.
 */
public final class OnRequestDispatch {
    private static final int LISTED = 8;

    private OnRequestDispatch() {
    }

    /** The first send that answered no request, described, or empty when every send answered one. */
    public static Optional<String> firstUnrequested(RunResult result) {
        List<MpiCall> master = result.trace().of(0);
        if (!readable(master)) {
            return Optional.empty();
        }
        Set<Integer> served = new HashSet<>();
        int lastAsker = -1;
        int sends = 0;
        for (MpiCall call : master) {
            if (call.sends() && call.peer() > 0) {
                sends++;
                boolean first = served.add(call.peer());
                if (!first && call.peer() != lastAsker) {
                    return Optional.of(describe(call, sends, lastAsker));
                }
                lastAsker = -1;
            }
            if ((call.receives() || call.probes()) && call.source() > 0) {
                lastAsker = call.source();
            }
        }
        return Optional.empty();
    }

    /**
     * The first slave (in rank order) that rank 0's log assigns more jobs than rank 0 sent it messages, described, or
     * empty when none: a job handed out on demand needs a message of its own, so more jobs than messages means a
     * block of jobs given out in one message, decided in advance. Empty too when the trace holds no message to a slave.
     */
    public static Optional<String> firstBatched(RunResult result, Map<Integer, Integer> jobsAssigned) {
        Map<Integer, Integer> messages = new TreeMap<>();
        for (MpiCall call : result.trace().of(0)) {
            if (call.sends() && call.peer() > 0) {
                messages.merge(call.peer(), 1, Integer::sum);
            }
        }
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<Integer, Integer> slave : new TreeMap<>(jobsAssigned).entrySet()) {
            int sent = messages.getOrDefault(slave.getKey(), 0);
            // A slave rank 0 never wrote to is a wrong number in its lines: the other checks name that.
            if (sent > 0 && slave.getValue() > sent) {
                return Optional.of("rank 0 assigned " + slave.getValue() + " jobs to slave " + slave.getKey()
                    + ", but sent it " + (sent == 1 ? "1 message" : sent + " messages"));
            }
        }
        return Optional.empty();
    }

    /**
     * Requests taken in a fixed turn, described, or empty: from 2 slaves on, a master that answers requests but
     * names the sender of every receive (and probe) serves a slave that is done early only when its turn comes.
     * Whether a receive is from {@code ANY_SOURCE} is the program's choice, not the timing's, so every run of a
     * program gets the same answer. Empty where the log is unreadable (an {@code Irecv}, a {@code Sendrecv} at rank
 * 0) or no request was answered.
     */
    public static Optional<String> fixedTurn(RunResult result, int np) {
        List<MpiCall> master = result.trace().of(0);
        if (np < 3 || !readable(master)) {
            return Optional.empty();
        }
        List<Integer> named = new ArrayList<>();
        Set<Integer> served = new HashSet<>();
        int lastAsker = -1;
        boolean answered = false;
        for (MpiCall call : master) {
            if (call.sends() && call.peer() > 0) {
                answered |= !served.add(call.peer()) && call.peer() == lastAsker;
                lastAsker = -1;
            }
            if ((call.receives() || call.probes()) && call.source() > 0) {
                // A Sendrecv's peer is its destination: the source it asked for is not in the log.
                if (call.peer() < 0 || call.sends()) {
                    return Optional.empty();
                }
                named.add(call.peer());
                lastAsker = call.source();
            }
        }
        if (!answered) {
            return Optional.empty();
        }
        String listed = named.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        return Optional.of("rank 0 named the sender of each of its " + named.size() + " receives: slave " + listed
            + (named.size() > LISTED ? ", ..." : ""));
    }

    /** Whether every receive of rank 0 says whom it matched: a non-blocking {@code Irecv}'s does not. */
    private static boolean readable(List<MpiCall> master) {
        return master.stream().noneMatch(c -> (c.receives() || c.probes()) && c.source() < 0 && !c.sends());
    }

    private static String describe(MpiCall call, int number, int lastAsker) {
        return "rank 0's message " + number + " (" + WaitForGraph.describe(call) + ") went to slave " + call.peer()
            + (lastAsker < 0 ? ", but no request had come in since rank 0's previous message"
                : ", but the last request had come from slave " + lastAsker);
    }
}
