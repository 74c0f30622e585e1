package org.mpjgrader.runner;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a program at N ranks inside the child JVM: a loader of MPJ's devices of its own, one thread group
 * and one class loader per rank, the ranks watched until they end, reach the time limit or deadlock. Ends with
 * {@code BYE}, which says whether the JVM may take another run of the same submission: not when a rank is
 * still stuck, left a thread running, or changed the JVM's state.
 */
final class ProgramRun {
    private static final long STUCK_SAMPLE_MILLIS = 300;
    private static final long POLL_MILLIS = 100;
    /** A run whose live ranks all wait this long in MPI calls that nothing can complete, none completing, is stuck. */
    private static final long DEADLOCK_QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);
    /**
     * How long threads left behind by ranks that returned from main may take to end (a pool finishing its tasks),
     * stretched like the time limit on a busy machine; threads that can never end are named at once.
     */
    private static final long LINGER_GRACE_MILLIS = 1000;
    private static final long LINGER_POLL_MILLIS = 20;

    private final RunnerArguments arguments;
    private final Channel channel;
    private final RankTable ranks = new RankTable();
    private final RankOutputRouter router;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ClassBytes bytes;
    private volatile boolean ended;

    ProgramRun(RunnerArguments arguments, Channel channel, ClassBytes bytes) {
        this.arguments = arguments;
        this.channel = channel;
        this.bytes = bytes;
        this.router = new RankOutputRouter(channel, ranks, arguments.outputLimitBytes());
    }

    /** Runs the program, reports it, and says whether this JVM is fit for another run. */
    boolean run(long received) throws Exception {
        JvmState before = JvmState.now();
        System.setOut(new PrintStream(router.stream(RankOutputRouter.STDOUT), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(router.stream(RankOutputRouter.STDERR), true, StandardCharsets.UTF_8));
        channel.send("START", arguments.np(), ProcessHandle.current().pid());

        ClassLoader runLoader = arguments.runLoader(bytes, ClassLoader.getSystemClassLoader());
        Constructor<?> rankGroup = Class.forName("xdev.smpdev.SMPDevProcess", true, runLoader)
            .getConstructor(String.class);
        for (int rank = 0; rank < arguments.np(); rank++) {
            ThreadGroup group = (ThreadGroup) rankGroup.newInstance("smpdev-rank-" + rank);
            // MPJ's multicore device names each rank's thread after its rank.
            Thread thread = new Thread(group, new RankTask(rank, arguments, channel, runLoader, bytes), Integer.toString(rank));
            ranks.add(rank, group, thread);
        }
        long start = System.nanoTime();
        MatchingSchedule schedule = MatchingSchedule.parse(arguments.matching());
        // Under a chosen matching no decision follows the timing: a sleep there need not pass in full either.
        WorkLedger work = new WorkLedger(ranks, arguments.np(), arguments.sleepsInFull() && schedule == null);
        MpiCallLog calls = new MpiCallLog(channel, ranks, work, arguments.np(), start);
        ThreadStarts starts = new ThreadStarts();
        Attempts attempts = new Attempts(channel, ranks, classPath());
        Attempts.record(attempts);
        reportGraderNames(attempts);
        WorkClock.record(work);
        ThreadStarts.record(starts);
        MpiCallHook.record(calls);
        if (schedule != null) {
            MpiCallHook.control(new WildcardMatching(schedule, ranks, calls, channel, arguments.np()));
        }
        ranks.mainThreads().forEach(Thread::start);

        String stop = awaitRanks(new LimitClock(TimeUnit.MILLISECONDS.toNanos(arguments.timeLimitMillis()), start),
            calls);
        long programNanos = System.nanoTime() - start;
        router.flushAll();
        boolean lingering;
        if (stop != null) {
            reportStuckRanks(stop, programNanos, calls);
            lingering = true;
        } else {
            lingering = reportLingeringThreads(starts);
        }
        MpiCallHook.stopRecording();
        Attempts.stopRecording();
        attempts.reportCounts();
        ThreadStarts.stopRecording();
        WorkClock.stopRecording();
        reportWork(work);
        calls.reportUntold();
        calls.reportCpuInMpi();
        ended = true;
        boolean hadProcesses = ProcessHandle.current().descendants().findAny().isPresent();
        endChildProcesses();
        if (stop == null && !lingering) {
            ranks.releaseGroups();
        }
        String unfit = stop != null ? "ranks stuck" : lingering ? "ranks' threads left running"
            : hadProcesses ? "processes started" : before.changesTo(JvmState.now());
        channel.send("BYE", programNanos, router.bytesSeen(), unfit.isEmpty() ? "REUSABLE" : "RETIRE: " + unfit,
            start - received);
        return unfit.isEmpty();
    }

    /**
     * Waits until every rank has ended (returns null), the time limit passes ({@code "LIMIT"}), the ranks start
     * too many threads or processes ({@code "THREADS"}, {@code "PROCESSES"}), or every live rank has waited for a
     * while, no call completing, in an MPI call that nothing can complete ({@code "DEADLOCK"}): then nothing can
     * change, and waiting out the limit would only cost time.
     */
    private String awaitRanks(LimitClock clock, MpiCallLog calls) throws InterruptedException {
        long quietSince = -1;
        long lastCompleted = calls.completed();
        while (true) {
            Thread alive = ranks.mainThreads().stream().filter(Thread::isAlive).findFirst().orElse(null);
            if (alive == null) {
                return null;
            }
            if (clock.passed(System.nanoTime())) {
                return "LIMIT";
            }
            TimeUnit.NANOSECONDS.timedJoin(alive, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
            long polled = System.nanoTime();
            String limit = limitExceeded();
            if (limit != null) {
                return limit;
            }
            long completed = calls.completed();
            boolean progressed = completed != lastCompleted;
            lastCompleted = completed;
            if (progressed || !stuck(calls)) {
                quietSince = -1;
            } else if (quietSince < 0) {
                quietSince = polled;
            } else if (polled - quietSince >= DEADLOCK_QUIET_NANOS) {
                return "DEADLOCK";
            }
        }
    }

    /** {@code "THREADS"} or {@code "PROCESSES"} when the ranks started more than they may, else null. */
    private String limitExceeded() {
        if (ranks.startedThreads() > arguments.threadLimit()) {
            return "THREADS";
        }
        if (ProcessHandle.current().descendants().count() > arguments.processLimit()) {
            return "PROCESSES";
        }
        return null;
    }

    /**
     * Whether every live rank waits in an MPI call that nothing can complete: read from the calls they are in
     * ({@link OpenCalls}), never from how busy the JVM is, so that a JVM the machine starves of CPU is not taken for
     * a deadlocked one. Where a rank waits somewhere the calls do not tell, only the time limit ends the run.
     */
    private boolean stuck(MpiCallLog calls) {
        Map<Integer, OpenCalls.Waiting> waiting = new HashMap<>();
        for (int rank = 0; rank < ranks.size(); rank++) {
            Thread thread = ranks.mainThread(rank);
            if (thread.isAlive()) {
                StackTraceElement[] frames = thread.getStackTrace();
                if (!StackFrames.insideMpi(frames)) {
                    return false;
                }
                waiting.put(rank, new OpenCalls.Waiting(calls.openCall(thread), StackFrames.finalizing(frames)));
            }
        }
        if (waiting.isEmpty()) {
            return false;
        }
        return OpenCalls.outlook(ranks.size(), waiting, calls::unreceived) == OpenCalls.Outlook.STUCK;
    }


    /** Where each unfinished rank is, and whether it works (CPU busy) or waits, measured over a short window. */
    private void reportStuckRanks(String reason, long elapsedNanos, MpiCallLog calls) throws InterruptedException {
        channel.send("TIMEOUT", elapsedNanos, reason);
        long[] before = new long[ranks.size()];
        for (int rank = 0; rank < ranks.size(); rank++) {
            before[rank] = cpuOf(ranks.mainThread(rank));
        }
        long t0 = System.nanoTime();
        Thread.sleep(STUCK_SAMPLE_MILLIS);
        long window = System.nanoTime() - t0;
        for (int rank = 0; rank < ranks.size(); rank++) {
            Thread thread = ranks.mainThread(rank);
            if (!thread.isAlive()) {
                continue;
            }
            calls.reportOpenCall(thread);
            long cpu = cpuOf(thread);
            double busy = before[rank] < 0 || cpu < 0 ? 0 : (double) (cpu - before[rank]) / window;
            channel.send("STUCK", rank, Math.max(cpu, 0), String.format(Locale.ROOT, "%.3f", busy),
                thread.getState(), StackFrames.encode(thread.getStackTrace()));
        }
    }

    /**
     * Reports the ranks' threads still alive after all ranks ended ({@code LINGER rank name daemon startedAt}), after a
     * brief grace for the non-daemon ones, which would keep a program under mpjrun from ending; true when there are any.
     */
    private boolean reportLingeringThreads(ThreadStarts starts) throws InterruptedException {
        List<Thread> left = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (ranks.rankOf(thread) != RankTable.NO_RANK && thread.isAlive() && !ranks.mainThreads().contains(thread)) {
                left.add(thread);
            }
        }
        awaitEndOrStandstill(left);
        boolean any = false;
        for (Thread thread : left) {
            if (thread.isAlive()) {
                channel.send("LINGER", ranks.rankOf(thread), thread.getName(), thread.isDaemon(),
                    starts.siteOf(thread));
                any = true;
            }
        }
        return any;
    }

    /**
     * Waits until the non-daemon threads left have ended, or can never end: none of the threads left is running or
     * timed, in two looks a poll apart (a waiting thread then has no one to wake it), or the grace is over. No
     * verdict rests on the grace alone: a busy machine only makes it longer.
     */
    private static void awaitEndOrStandstill(List<Thread> left) throws InterruptedException {
        long deadline = System.nanoTime()
            + (long) (TimeUnit.MILLISECONDS.toNanos(LINGER_GRACE_MILLIS) * LimitClock.stretch());
        boolean stillOnce = false;
        while (System.nanoTime() < deadline && left.stream().anyMatch(t -> t.isAlive() && !t.isDaemon())) {
            boolean still = left.stream().allMatch(t -> !t.isAlive()
                || t.getState() == Thread.State.WAITING || t.getState() == Thread.State.BLOCKED);
            if (still && stillOnce) {
                return;
            }
            stillOnce = still;
            TimeUnit.MILLISECONDS.sleep(LINGER_POLL_MILLIS);
        }
    }

    /** The run's classes and jars: the JDK may read them on the program's behalf (a service lookup). */
    private List<java.nio.file.Path> classPath() {
        List<java.nio.file.Path> paths = new ArrayList<>(arguments.runClassPath());
        paths.addAll(arguments.rankClassPath());
        paths.add(arguments.classes());
        return paths;
    }

    /**
     * Classes of the submission in the grader's own package: they never load (the runner's come first), but a
     * program handed in with a fake {@code RankRunner} tried to replace the grader.
     */
    private void reportGraderNames(Attempts attempts) throws java.io.IOException {
        java.nio.file.Path graderPackage = arguments.classes().resolve(GraderReferences.PACKAGE);
        if (!java.nio.file.Files.isDirectory(graderPackage)) {
            return;
        }
        try (var files = java.nio.file.Files.walk(graderPackage)) {
            files.map(f -> arguments.classes().relativize(f).toString())
                .filter(f -> f.endsWith(".class") && !f.contains("$"))
                .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                .sorted()
                .forEach(name -> attempts.tried(RankTable.NO_RANK, Attempts.Kind.GRADER_NAMES, name, ""));
        }
    }

    /** Tells the grader each rank's work ({@code WORK rank instructions}): all its threads' counters. */
    private void reportWork(WorkLedger work) {
        for (int rank = 0; rank < work.size(); rank++) {
            channel.send("WORK", rank, work.total(rank));
        }
    }

    /** Processes a rank started must not outlive the run (the grader also kills the whole process group). */
    static void endChildProcesses() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private long cpuOf(Thread thread) {
        return threads.getThreadCpuTime(thread.getId());
    }

    /** Runs when a rank calls {@code System.exit}: tells the grader which rank ended the run. */
    void reportExit() {
        if (ended) {
            return;
        }
        router.flushAll();
        endChildProcesses();
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            if (StackFrames.callsExit(entry.getValue())) {
                channel.send("EXIT", ranks.rankOf(entry.getKey()));
                return;
            }
        }
        channel.send("EXIT", RankTable.NO_RANK);
    }
}
