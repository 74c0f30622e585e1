package org.mpjgrader.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the runner's events for one run (from the reader thread) and turns them into a {@link RunResult}. */
final class RunRecorder {
    private final RunRequest request;
    private final List<List<String>> stdout = new ArrayList<>();
    private final List<List<String>> stderr = new ArrayList<>();
    private final RankOutcome[] outcomes;
    private final long[] cpuNanos;
    private final long[] allocated;
    private final long[] cpuInMpi;
    /** Each rank's work as the runner counted it (instructions and sleeps), -1 until told. */
    private final long[] work;
    private final List<OutputLine> merged = new ArrayList<>();
    private final List<String> stray = new ArrayList<>();
    private final List<LingeringThread> lingering = new ArrayList<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private final Map<String, Long> attemptCounts = new HashMap<>();
    private long strayBytes;
    private boolean started;
    private long pid;
    private boolean bye;
    private boolean timedOut;
    private long stoppedAfterNanos;
    private boolean deadlocked;
    private String limitHit = "";
    private boolean dropped;
    private int exitRank = -2;
    private boolean runnerFailed;
    private long programNanos = -1;
    private long setupNanos;
    private String fitness = "";
    private final List<MpiCall> calls = new ArrayList<>();
    private final Map<Integer, MpiCall> waiting = new HashMap<>();
    private final Map<Integer, Long> untold = new HashMap<>();
    private final List<WildcardMatch> matches = new ArrayList<>();

    RunRecorder(RunRequest request) {
        this.request = request;
        for (int r = 0; r < request.np(); r++) {
            stdout.add(new ArrayList<>());
            stderr.add(new ArrayList<>());
        }
        outcomes = new RankOutcome[request.np()];
        Arrays.fill(outcomes, RankOutcome.notEnded());
        cpuNanos = new long[request.np()];
        allocated = new long[request.np()];
        cpuInMpi = new long[request.np()];
        work = new long[request.np()];
        Arrays.fill(work, -1);
        java.util.Arrays.fill(allocated, -1);
    }

    /** The process the grader started for the run (its pid outside any namespace the run has). */
    synchronized void processStarted(long processId) {
        pid = processId;
    }

    synchronized void event(ChannelEvent e) {
        switch (e.kind()) {
            case "START" -> started = true;
            case "OUT" -> output(e.intField(0), "2".equals(e.field(1)), e.field(2));
            case "END" -> ended(e);
            case "STUCK" -> stuck(e);
            case "DROPPED" -> dropped = true;
            case "TIMEOUT" -> {
                timedOut = true;
                stoppedAfterNanos = e.longField(0);
                deadlocked = "DEADLOCK".equals(e.field(1));
                limitHit = switch (e.field(1)) {
                    case "THREADS", "PROCESSES" -> e.field(1).toLowerCase(java.util.Locale.ROOT);
                    default -> "";
                };
            }
            case "EXIT" -> exitRank = e.intField(0);
            case "RUNNER_FAILED" -> runnerFailed = true;
            case "CALL" -> calls.add(call(e));
            case "WAITING" -> waiting.put(e.intField(0), new MpiCall(e.intField(0), e.field(1), e.intField(2),
                e.intField(3), -1, e.longField(4), List.of(), Duration.ZERO, Duration.ZERO));
            case "MPI_CPU" -> cpuInMpi[e.intField(0)] = e.longField(1);
            case "WORK" -> work[e.intField(0)] = e.longField(1);
            case "CALLS_UNTOLD" -> untold.put(e.intField(0), e.longField(1));
            case "MATCH" -> matches.add(new WildcardMatch(e.intField(0), e.intField(1), e.intField(2),
                java.util.Arrays.stream(e.field(3).split(",")).map(Integer::valueOf).toList(), e.intField(4),
                e.field(5), e.fields().size() > 6 ? e.field(6) : "Recv"));
            case "LINGER" -> lingering.add(new LingeringThread(e.intField(0), e.field(1),
                Boolean.parseBoolean(e.field(2)), e.fields().size() > 3 ? e.field(3) : ""));
            case "TRIED" -> attempts.add(new Attempt(e.intField(0), e.field(1), e.field(2), e.field(3)));
            case "TRIED_COUNT" -> attemptCounts.put(e.field(0) + "\t" + e.field(1), e.longField(2));
            case "BYE" -> {
                bye = true;
                programNanos = e.longField(0);
                fitness = e.field(2);
                setupNanos = e.fields().size() > 3 ? e.longField(3) : 0;
            }
            default -> { }
        }
    }

    /** A line on the child's standard output that is no event: a program writing past {@code System.out}. */
    synchronized void stray(String line) {
        strayBytes += line.length() + 1;
        if (strayBytes <= request.limits().outputBytes()) {
            stray.add(line);
            merged.add(new OutputLine(-1, false, line));
        } else {
            dropped = true;
        }
    }

    private void output(int rank, boolean isErr, String text) {
        merged.add(new OutputLine(rank, isErr, text));
        if (rank >= 0 && rank < request.np()) {
            (isErr ? stderr : stdout).get(rank).add(text);
        } else {
            stray.add(text);
        }
    }

    private static MpiCall call(ChannelEvent e) {
        List<Long> perRank = e.field(6).isEmpty() ? List.of()
            : Arrays.stream(e.field(6).split(",")).map(Long::parseLong).toList();
        return new MpiCall(e.intField(0), e.field(1), e.intField(2), e.intField(3), e.intField(4), e.longField(5),
            perRank, Duration.ofNanos(e.longField(7)), Duration.ofNanos(e.longField(8)), e.intField(9),
            e.longField(10), e.longField(11));
    }

    private void ended(ChannelEvent e) {
        int rank = e.intField(0);
        RankOutcome.Kind kind = RankOutcome.Kind.valueOf(e.field(1));
        cpuNanos[rank] = e.longField(2);
        allocated[rank] = e.longField(5);
        List<StackFrame> frames = frames(e.field(4));
        String where = frames.stream().filter(StackFrame::studentCode).findFirst()
            .map(StackFrame::location).orElse("");
        outcomes[rank] = new RankOutcome(kind, e.field(3), where, frames, null);
    }

    private void stuck(ChannelEvent e) {
        int rank = e.intField(0);
        cpuNanos[rank] = e.longField(1);
        List<StackFrame> frames = frames(e.field(4));
        outcomes[rank] = new RankOutcome(RankOutcome.Kind.NOT_ENDED, "", "", frames,
            new RankOutcome.Stuck(Double.parseDouble(e.field(2)), e.field(3), frames));
    }

    private static List<StackFrame> frames(String encoded) {
        if (encoded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(encoded.split("\n")).map(StackFrame::parse).toList();
    }

    /** Whether the runner said its JVM is fit for another run (no stuck rank, no thread left, nothing changed). */
    synchronized boolean reusable() {
        return bye && fitness.equals("REUSABLE");
    }

    synchronized RunResult result(int exitCode, boolean killed, Duration wall, Duration jvmStart, String jvmError,
                                  String command, Map<String, String> files) {
        RunResult.Ending ending;
        if (runnerFailed) {
            ending = RunResult.Ending.RUNNER_FAILED;
        } else if (killed) {
            ending = RunResult.Ending.KILLED;
        } else if (bye) {
            ending = timedOut ? RunResult.Ending.TIMED_OUT : RunResult.Ending.COMPLETED;
        } else if (exitRank >= 0) {
            // A rank's System.exit; the runner's shutdown hook reports NO_RANK (-1) when no rank's thread called it.
            ending = RunResult.Ending.EXIT_CALLED;
        } else {
            ending = RunResult.Ending.DIED;
        }
        List<RankOutput> ranks = new ArrayList<>();
        for (int r = 0; r < request.np(); r++) {
            ranks.add(new RankOutput(r, List.copyOf(stdout.get(r)), List.copyOf(stderr.get(r)), outcomes[r],
                Duration.ofNanos(cpuNanos[r]), allocated[r], Duration.ofNanos(cpuInMpi[r]), work[r]));
        }
        Duration program = programNanos >= 0 ? Duration.ofNanos(programNanos) : wall;
        return new RunResult(request, List.copyOf(ranks), List.copyOf(merged), pid, started, ending,
            Duration.ofNanos(stoppedAfterNanos), deadlocked, limitHit, ending == RunResult.Ending.EXIT_CALLED ? exitRank : -1, exitCode, wall, program, dropped,
            List.copyOf(stray), jvmError, command, List.copyOf(lingering), Map.copyOf(files), jvmStart,
            Duration.ofNanos(setupNanos), new MpiTrace(calls, waiting, untold, matches), List.copyOf(attempts),
            Map.copyOf(attemptCounts));
    }
}
