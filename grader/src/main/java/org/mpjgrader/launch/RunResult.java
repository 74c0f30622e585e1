package org.mpjgrader.launch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything one run produced, for checks to judge: each rank's output and outcome, the output of all ranks
 * merged in the order it came, how the run ended, and the times.
 *
 * @param pid           the child JVM's process id (0 when it never reported)
 * @param started       the runner started and reported (false: the child JVM failed before it, see {@code jvmError})
 * @param ending        how the run as a whole ended
 * @param stoppedAfter  for {@link Ending#TIMED_OUT}: when the runner stopped waiting for the ranks
 * @param deadlocked    for {@link Ending#TIMED_OUT}: the runner stopped early because every live rank waited in an
 *                      MPI call with the JVM idle, which can never change
 * @param limitHit      for {@link Ending#TIMED_OUT}: {@code threads} or {@code processes} when the runner stopped the
 *                      run because the ranks started more than the limits allow, else empty
 * @param exitRank      the rank that called {@code System.exit} (for {@link Ending#EXIT_CALLED}), else -1
 * @param exitCode      the child JVM's exit status (the stock starter's is 0 even after a crash: read {@code ending})
 * @param wall          wall time of the run as the grader saw it, the child JVM's start-up included when the run
 *                      started one
 * @param programWall   wall time from the ranks' start to their end, as the runner measured it
 * @param outputDropped the ranks printed more than the output limit, and the rest was dropped
 * @param strayOutput   lines on the child's standard output that came from no rank (written past {@code System.out})
 * @param jvmError      what the child JVM itself printed on its standard error (start-up failures, crashes)
 * @param lingering     threads the ranks started that were still alive when all ranks had ended
 * @param files         files the run was asked to leave behind (see {@link RunRequest#collectFiles()}), by name
 * @param jvmStart      time the child JVM took to start, when this run started one (else zero)
 * @param runSetup      time the runner took from the request to the ranks' start: MPJ's devices and loaders
 * @param trace         the MPI calls the ranks made
 * @param attempts      what the program tried that the sandbox denies or the grader forbids: the first few distinct
 *                      attempts of each rank and kind
 * @param attemptCounts how many distinct attempts a rank made of a kind ({@code "rank\tkind"}), where more than
 *                      {@code attempts} tell
 */
public record RunResult(RunRequest request, List<RankOutput> ranks, List<OutputLine> merged, long pid, boolean started,
                        Ending ending, Duration stoppedAfter, boolean deadlocked, String limitHit,
                        int exitRank, int exitCode, Duration wall, Duration programWall, boolean outputDropped,
                        List<String> strayOutput, String jvmError, String command, List<LingeringThread> lingering,
                        Map<String, String> files, Duration jvmStart, Duration runSetup, MpiTrace trace,
                        List<Attempt> attempts, Map<String, Long> attemptCounts) {

    /** A result in which the program tried nothing it should not have. */
    public RunResult(RunRequest request, List<RankOutput> ranks, List<OutputLine> merged, long pid, boolean started,
                     Ending ending, Duration stoppedAfter, boolean deadlocked, String limitHit,
                     int exitRank, int exitCode, Duration wall, Duration programWall, boolean outputDropped,
                     List<String> strayOutput, String jvmError, String command, List<LingeringThread> lingering,
                     Map<String, String> files, Duration jvmStart, Duration runSetup, MpiTrace trace) {
        this(request, ranks, merged, pid, started, ending, stoppedAfter, deadlocked, limitHit, exitRank, exitCode, wall,
            programWall, outputDropped, strayOutput, jvmError, command, lingering, files, jvmStart, runSetup, trace,
            List.of(), Map.of());
    }

    /** How many distinct attempts of {@code kind} the rank made (at least those told). */
    public long attemptCount(int rank, String kind) {
        long told = attempts.stream().filter(a -> a.rank() == rank && a.kind().equals(kind)).count();
        return Math.max(told, attemptCounts.getOrDefault(rank + "\t" + kind, 0L));
    }

    public enum Ending {
        /** Every rank ended (normally or not) within the time limit. */
        COMPLETED,
        /** The time limit passed; the runner reported where each unfinished rank was. */
        TIMED_OUT,
        /** A rank called {@code System.exit}; ranks that had not ended were cut short. */
        EXIT_CALLED,
        /** The child JVM ended without saying goodbye: {@code Runtime.halt}, a JVM crash, or a kill from outside. */
        DIED,
        /**
         * The grader's runner failed in the child JVM: a fault of the grader, not of the program ({@code jvmError}
         * holds the runner's stack trace). The run says nothing about the program; it is made again in a fresh JVM.
         */
        RUNNER_FAILED,
        /** The runner did not answer within the time limit and a grace period; the grader killed it. */
        KILLED
    }

    public int np() {
        return request.np();
    }

    public RankOutput rank(int rank) {
        return ranks.get(rank);
    }

    /** The merged standard output of all ranks, each line prefixed by nothing: as a user running mpjrun sees it. */
    public String mergedText() {
        return merged.stream().map(OutputLine::text).collect(Collectors.joining("\n"));
    }

    public boolean allRanksFinished() {
        return ranks.stream().allMatch(r -> r.outcome().kind() == RankOutcome.Kind.FINISHED);
    }
}
