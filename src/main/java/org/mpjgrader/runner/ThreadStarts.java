package org.mpjgrader.runner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each thread a rank starts was started, so that a thread left running can be named with the program's line
 * that started it ({@code MatMul.java:40}). The woven program (see {@link WorkWeaver}) calls {@link #before()} and
 * {@link #after()} around every call that may start a thread ({@code Thread.start}, an executor's {@code execute}
 * or {@code submit}, ...): an executor starts its threads inside the JDK, where nothing of the program is woven, so
 * the threads that appear in the caller's thread group during the call get the call's line. As with
 * {@link WorkClock}, the run in progress is found through one static field, set for the run and cleared after it.
 */
public final class ThreadStarts {
    private static final StackWalker STACK = StackWalker.getInstance();
    private static volatile ThreadStarts current;

    private final Map<Thread, String> sites = new ConcurrentHashMap<>();
    private final ThreadLocal<Set<Thread>> aliveBefore = new ThreadLocal<>();

    static void record(ThreadStarts starts) {
        current = starts;
    }

    static void stopRecording() {
        current = null;
    }

    /** Whether a call may start a thread: the woven program calls {@link #before()} and {@link #after()} around it. */
    static boolean mayStartThread(String owner, String name, String descriptor) {
        return switch (name) {
            case "start", "prestartCoreThread", "prestartAllCoreThreads" -> descriptor.startsWith("()");
            case "execute", "submit", "invokeAll", "invokeAny", "schedule", "scheduleAtFixedRate",
                "scheduleWithFixedDelay", "runAsync", "supplyAsync" -> true;
            case "<init>" -> owner.equals("java/util/Timer");
            default -> false;
        };
    }

    /** Before a call that may start a thread: the threads alive in the caller's group. */
    public static void before() {
        ThreadStarts starts = current;
        if (starts != null) {
            starts.aliveBefore.set(aliveInGroup());
        }
    }

    /** After it: the threads that appeared were started by the call, at the program's line that made it. */
    public static void after() {
        ThreadStarts starts = current;
        if (starts == null) {
            return;
        }
        Set<Thread> before = starts.aliveBefore.get();
        starts.aliveBefore.remove();
        if (before == null) {
            return;
        }
        Set<Thread> now = aliveInGroup();
        now.removeAll(before);
        if (now.isEmpty()) {
            return;
        }
        // The frame above this one is the program's, which made the call.
        String site = STACK.walk(frames -> frames.skip(1).findFirst())
            .map(f -> f.getFileName() == null ? "" : f.getFileName() + ":" + f.getLineNumber()).orElse("");
        for (Thread started : now) {
            starts.sites.putIfAbsent(started, site);
        }
    }

    /** {@code MatMul.java:40}, or empty where the thread was not started by a call of the program's own code. */
    String siteOf(Thread thread) {
        return sites.getOrDefault(thread, "");
    }

    private static Set<Thread> aliveInGroup() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        if (group == null) {
            return new HashSet<>();
        }
        Thread[] threads = new Thread[group.activeCount() + 8];
        int count = group.enumerate(threads, true);
        return new HashSet<>(Arrays.asList(threads).subList(0, count));
    }
}
