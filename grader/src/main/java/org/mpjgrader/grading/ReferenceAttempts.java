package org.mpjgrader.grading;

import java.util.ArrayList;
import java.util.List;
import org.mpjgrader.launch.RankOutcome;
import org.mpjgrader.launch.RunResult;

/**
 * A reference solution's run, made again until it runs cleanly: at most {@link #ATTEMPTS} times, each retry in a
 * JVM started for it. The reference solutions are known to run cleanly, so a run that did not was spoilt by the
 * machine (a JVM killed from outside, a run starved past its limit on a loaded machine); only when every attempt
 * fails is the expected output unavailable, and the runs that need it {@code NOT_GRADED}.
 */
final class ReferenceAttempts {
    /** The first run and two retries. */
    static final int ATTEMPTS = 3;

    private ReferenceAttempts() {
    }

    /** One attempt at the run: the first in a warm JVM, a retry ({@code newJvm}) in a JVM started for it. */
    @FunctionalInterface
    interface Attempt {
        RunResult run(boolean newJvm);
    }

    /**
     * The first attempt's result that ran cleanly.
     *
     * @param what the run, for the message: {@code the reference solution of hello ... with arguments [..]}
     * @throws ReferenceUnavailableException when none did, saying how each attempt ended
     */
    static RunResult firstClean(String what, Attempt attempt) {
        List<String> endings = new ArrayList<>();
        for (int number = 1; number <= ATTEMPTS; number++) {
            RunResult result = attempt.run(number > 1);
            if (clean(result)) {
                return result;
            }
            endings.add("attempt " + number + ": " + why(result));
        }
        throw new ReferenceUnavailableException(what + " did not run cleanly in " + ATTEMPTS + " attempts, the "
            + "retries in fresh JVMs (" + String.join("; ", endings) + ")");
    }

    /** Every rank returned from main within the limit, and all their output was kept. */
    static boolean clean(RunResult result) {
        return result.ending() == RunResult.Ending.COMPLETED && result.allRanksFinished() && !result.outputDropped();
    }

    /** How the run ended, with where each unfinished rank was: a grader's fault must say enough to be fixed. */
    static String why(RunResult result) {
        StringBuilder why = new StringBuilder(result.ending().name());
        if (result.ending() == RunResult.Ending.TIMED_OUT) {
            why.append(result.deadlocked() ? ", every rank waiting" : "").append(" after ")
                .append(result.stoppedAfter().toMillis()).append(" ms");
        }
        for (var rank : result.ranks()) {
            if (rank.outcome().stuck() != null) {
                String where = rank.outcome().stuck().where();
                why.append(", rank ").append(rank.rank()).append(where.isEmpty() ? " stuck" : " in " + where);
            } else if (rank.outcome().kind() != RankOutcome.Kind.FINISHED) {
                why.append(", rank ").append(rank.rank()).append(' ').append(rank.outcome().kind());
                if (!rank.outcome().exception().isEmpty()) {
                    why.append(' ').append(rank.outcome().exception());
                }
            }
        }
        if (result.outputDropped()) {
            why.append(", output beyond the limit dropped");
        }
        return why.toString();
    }
}
