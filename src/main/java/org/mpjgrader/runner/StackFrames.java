package org.mpjgrader.runner;

/** Stack frames as the channel carries them: one frame a line, {@code loader|class|method|file|line}. */
final class StackFrames {
    private static final int MAX_FRAMES = 64;

    private StackFrames() {
    }

    static String encode(StackTraceElement[] frames) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
            StackTraceElement f = frames[i];
            if (i > 0) {
                text.append('\n');
            }
            text.append(f.getClassLoaderName() == null ? "" : f.getClassLoaderName()).append('|')
                .append(f.getClassName()).append('|')
                .append(f.getMethodName()).append('|')
                .append(f.getFileName() == null ? "" : f.getFileName()).append('|')
                .append(f.getLineNumber());
        }
        return text.toString();
    }

    /** Whether the thread is inside a call of MPJ's {@code mpi} API (Recv, Bcast, Barrier, ...). */
    static boolean insideMpi(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            if (f.getClassName().startsWith("mpi.")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the thread is in a {@code Request}'s {@code Wait}, {@code Waitall}, {@code Waitany} or {@code Waitsome}. */
    static boolean waitingForRequest(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            if ((f.getClassName().equals("mpi.Request") || f.getClassName().equals("mpi.Prequest"))
                && f.getMethodName().startsWith("Wait")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the thread is in {@code MPI.Finalize}, where it waits for nothing a rank sends. */
    static boolean finalizing(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            if (f.getClassName().equals("mpi.MPI") && f.getMethodName().equals("Finalize")) {
                return true;
            }
        }
        return false;
    }

    static boolean callsExit(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            if ((f.getClassName().equals("java.lang.Runtime") || f.getClassName().equals("java.lang.System"))
                && f.getMethodName().equals("exit")) {
                return true;
            }
        }
        return false;
    }
}
