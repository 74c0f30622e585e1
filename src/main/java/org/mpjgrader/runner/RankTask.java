package org.mpjgrader.runner;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The body of one rank's thread: loads the program's main class through a class loader of the rank's own
 * (so that each rank has its own {@code MPI.COMM_WORLD}; its parent is the run's loader of MPJ's shared devices), calls {@code main}, and reports how it ended
 * with the CPU time the rank's thread used.
 */
final class RankTask implements Runnable {
    /** Names each rank's class loader, so that stack frames of the student's classes can be told apart. */
    static final String LOADER_PREFIX = "rank-";

    private final int rank;
    private final RunnerArguments arguments;
    private final Channel channel;
    private final ClassLoader runLoader;
    private final ClassBytes bytes;

    RankTask(int rank, RunnerArguments arguments, Channel channel, ClassLoader runLoader, ClassBytes bytes) {
        this.rank = rank;
        this.arguments = arguments;
        this.channel = channel;
        this.runLoader = runLoader;
        this.bytes = bytes;
    }

    @Override
    public void run() {
        ClassLoader loader = arguments.rankLoader(LOADER_PREFIX + rank, bytes, runLoader);
        Thread.currentThread().setContextClassLoader(loader);
        Method main;
        try {
            main = loader.loadClass(arguments.mainClass()).getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                throw new NoSuchMethodException("main is not static");
            }
            // Java's launcher runs a main class that is not public; reflection needs to be told it may.
            main.setAccessible(true);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            end("NO_CLASS", arguments.mainClass(), "");
            return;
        } catch (NoSuchMethodException e) {
            end("NO_MAIN", arguments.mainClass(), "");
            return;
        }
        try {
            main.invoke(null, (Object) arguments.mainArguments(rank));
            end("FINISHED", "", "");
        } catch (InvocationTargetException e) {
            threw(e.getCause());
        } catch (Throwable e) {
            threw(e);
        }
    }

    private void threw(Throwable thrown) {
        end("THREW", thrown.toString(), StackFrames.encode(thrown.getStackTrace()));
    }

    private void end(String outcome, String detail, String frames) {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        // What the rank allocated shows what it held: a rank that received all of a matrix allocated it.
        long allocated = threads instanceof com.sun.management.ThreadMXBean sun
            ? sun.getCurrentThreadAllocatedBytes() : -1;
        channel.send("END", rank, outcome, cpu, detail, frames, allocated);
    }
}
