package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mpjgrader.launch.LingeringThread;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * The check "the program ends": ranks that returned from {@code main} but left non-daemon threads running (a pool
 * never shut down) make a program that never ends under mpjrun, and burns its reservation on a cluster. The check
 * takes its share of the run's points only where it fails, so that the other checks keep theirs and every program
 * that ends is scored as before.
 */
final class ProgramEnds {
    static final String NAME = "the program ends";
    static final double SHARE = 0.25;
    private static final String HINT =
        "shut the pool down (executor.shutdown()) or make the thread a daemon before main returns";

    private ProgramEnds() {
    }

    /** The threads that keep the program from ending: those left alive that are not daemons. */
    static List<LingeringThread> leftRunning(RunResult result) {
        return result.lingering().stream().filter(t -> !t.daemon()).toList();
    }

    /**
     * {@code rank 0 left 1 thread running after main returned: pool-1-thread-1, started at MatMul.java:40}, one line
     * per rank, then the hint.
     */
    static CheckResult failed(RunContext run, List<LingeringThread> left, double points) {
        Map<Integer, List<LingeringThread>> byRank = new TreeMap<>();
        left.forEach(t -> byRank.computeIfAbsent(t.rank(), r -> new ArrayList<>()).add(t));
        List<String> lines = new ArrayList<>();
        byRank.forEach((rank, threads) -> lines.add("rank " + rank + " left " + threads.size()
            + (threads.size() == 1 ? " thread" : " threads") + " running after main returned: " + describe(threads)));
        FailureMessage message = FailureMessage.of(run, lines.get(0));
        lines.subList(1, lines.size()).forEach(message::detail);
        return CheckResult.fail(NAME, points, message.detail("hint: " + HINT).text());
    }

    /** The threads by name, those started at one line together: {@code t-1, t-2, started at A.java:9}. */
    private static String describe(List<LingeringThread> threads) {
        Map<String, List<String>> bySite = new LinkedHashMap<>();
        threads.stream().sorted(Comparator.comparing(LingeringThread::name))
            .forEach(t -> bySite.computeIfAbsent(t.startedAt(), s -> new ArrayList<>()).add(t.name()));
        List<String> parts = new ArrayList<>();
        bySite.forEach((site, names) -> parts.add(String.join(", ", names)
            + (site.isEmpty() ? "" : ", started at " + site)));
        return String.join("; ", parts);
    }
}
