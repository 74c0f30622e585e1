package org.mpjgrader.runner;

/**
 * Where the woven {@code mpi.Comm} and {@code mpi.Intracomm} report their calls (see {@link MpiCallWeaver}). MPJ's
 * classes are loaded anew for every rank, by loaders that see this class through the system loader, so the run
 * in progress is found through one static field, set for the run and cleared after it, as {@code System.out} is.
 * Calls MPJ makes inside another MPI call (a {@code Bcast} sending its parts) are not the program's: only the
 * outermost call is recorded.
 */
public final class MpiCallHook {
    private static volatile MpiCallLog current;
    private static volatile WildcardMatching matching;
    private static final StackWalker STACK = StackWalker.getInstance();

    private MpiCallHook() {
    }

    static void record(MpiCallLog log) {
        current = log;
    }

    static void stopRecording() {
        current = null;
        matching = null;
    }

    /** Wildcard receives of the run take the sender {@code control} chooses (none: as MPJ matches them). */
    static void control(WildcardMatching control) {
        matching = control;
    }

    /**
     * Called by the woven {@code Recv} after {@link #enter}: the source it receives from, {@code source} itself
     * unless the run controls the matching of wildcard receives.
     */
    public static int source(int source, int tag) {
        WildcardMatching control = matching;
        MpiCallLog log = current;
        if (control == null || log == null || source != OpenCalls.ANY || !calledByProgram()) {
            return source;
        }
        return control.source(log.rankOfCurrentThread(), source, tag, programSite());
    }

    /**
     * Called by the woven {@code Iprobe} after {@link #enter}: the source it probes. Under a schedule the poll waits
     * until the run is quiescent and the schedule says what it finds: a sender's message (waited for here with
     * {@code Probe}, so that MPJ shows it) or nothing ({@link #polled} then returns no status), whatever the timing.
     */
    public static int poll(Object comm, int source, int tag) {
        WildcardMatching control = matching;
        MpiCallLog log = current;
        if (control == null || log == null || !calledByProgram()) {
            return source;
        }
        int found = control.poll(log.rankOfCurrentThread(), source, tag, programSite());
        if (found == WildcardMatching.NOTHING || found == WildcardMatching.UNDECIDED) {
            return source;
        }
        try {
            comm.getClass().getMethod("Probe", int.class, int.class).invoke(comm, found, tag);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MPJ's Probe could not be called: " + e, e);
        }
        return found;
    }

    /** Called by the woven {@code Iprobe} before it returns: its status, or none where the schedule found nothing. */
    public static Object polled(Object status) {
        WildcardMatching control = matching;
        MpiCallLog log = current;
        if (control == null || log == null || !calledByProgram()) {
            return status;
        }
        return control.findsNothing(log.rankOfCurrentThread()) ? null : status;
    }

    /** {@code File.java:17}: the program's line that called the woven method. */
    private static String programSite() {
        return STACK.walk(frames -> frames.dropWhile(f -> !f.getClassName().startsWith("mpi."))
            .dropWhile(f -> f.getClassName().startsWith("mpi.")).findFirst()
            .map(f -> f.getFileName() + ":" + f.getLineNumber()).orElse("?"));
    }

    public static void enter(String kind, Object comm, Object[] arguments) {
        MpiCallLog log = current;
        if (log != null && calledByProgram()) {
            log.enter(kind, comm, arguments);
        }
    }

    public static void exit(Object result) {
        MpiCallLog log = current;
        if (log != null && calledByProgram()) {
            log.exit(result);
        }
    }

    /**
     * Whether the woven method that called the hook was called from outside MPJ's {@code mpi} package, and not by this
     * hook's own {@code Probe} for a poll (the frames: this method, enter or exit, the woven method, its caller).
     */
    private static boolean calledByProgram() {
        return STACK.walk(frames -> frames.skip(3).findFirst()
            .map(caller -> !caller.getClassName().startsWith("mpi.")
                && !caller.getClassName().equals(MpiCallHook.class.getName())).orElse(true));
    }
}
