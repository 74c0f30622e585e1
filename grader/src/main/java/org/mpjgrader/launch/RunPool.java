package org.mpjgrader.launch;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm child JVMs, each for one classes folder and heap size: a run takes an idle JVM of its kind or starts one,
 * and gives it back when the run left it fit. A JVM never serves another classes folder, so a pool (one per
 * submission) never mixes students. Safe to use from several threads; closing it ends every JVM it started.
 */
public final class RunPool implements AutoCloseable {
    /** A JVM serves at most this many runs, so that nothing a program leaks can pile up for long. */
    static final int MAX_RUNS_PER_JVM = 200;

    private final Launcher launcher;
    private final Map<Key, Deque<ChildJvm>> idle = new HashMap<>();
    private final List<ChildJvm> busy = new ArrayList<>();
    private boolean closed;
    private int started;

    RunPool(Launcher launcher) {
        this.launcher = launcher;
    }

    private record Key(Path classes, int heapMegabytes) {
        static Key of(RunRequest request) {
            return new Key(request.classes().toAbsolutePath().normalize(), request.limits().heapMegabytes());
        }
    }

    /** Runs one program in a warm JVM of its kind (started if none is idle). */
    public RunResult run(RunRequest request) {
        return run(request, false);
    }

    /**
     * Runs one program in a JVM started for it, never an idle one: a retry after a run that did not end cleanly
     * must not meet again whatever spoilt it. The JVM joins the idle ones afterwards, if the run left it fit.
     */
    public RunResult runInNewJvm(RunRequest request) {
        return run(request, true);
    }

    private RunResult run(RunRequest request, boolean newJvm) {
        Key key = Key.of(request);
        ChildJvm jvm = take(key, newJvm);
        boolean fit = false;
        try {
            RunResult result = jvm.run(request, launcher.requestLine(request));
            fit = jvm.fitForAnother() && jvm.runs() < MAX_RUNS_PER_JVM;
            return result;
        } finally {
            giveBack(key, jvm, fit);
        }
    }

    /** How many JVMs this pool has started so far. */
    public synchronized int jvmsStarted() {
        return started;
    }

    private ChildJvm take(Key key, boolean newJvm) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the pool is closed");
            }
            ChildJvm jvm = newJvm ? null : idle.getOrDefault(key, new ArrayDeque<>()).pollFirst();
            if (jvm != null) {
                busy.add(jvm);
                return jvm;
            }
            started++;
        }
        ChildJvm jvm = launcher.startJvm(key.classes(), key.heapMegabytes());
        synchronized (this) {
            busy.add(jvm);
        }
        return jvm;
    }

    private void giveBack(Key key, ChildJvm jvm, boolean fit) {
        synchronized (this) {
            busy.remove(jvm);
            if (fit && !closed) {
                idle.computeIfAbsent(key, k -> new ArrayDeque<>()).addFirst(jvm);
                return;
            }
        }
        jvm.close();
    }

    /** Ends the idle JVMs; a JVM still running a run is ended when its run returns. */
    @Override
    public void close() {
        List<ChildJvm> ending = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.values().forEach(ending::addAll);
            idle.clear();
        }
        ending.forEach(ChildJvm::close);
    }
}
