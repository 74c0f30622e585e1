package org.mpjgrader.launch;

/**
 * One frame of a rank's stack, as the runner sends it. {@code studentCode} frames belong to the submission's
 * own classes (loaded by a rank's loader, outside MPJ's {@code mpi} and {@code mpjdev} packages).
 */
public record StackFrame(String loader, String className, String method, String file, int line) {

    static StackFrame parse(String encoded) {
        String[] f = encoded.split("\\|", -1);
        return new StackFrame(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]));
    }

    public boolean studentCode() {
        return loader.startsWith("rank-") && !className.startsWith("mpi.") && !className.startsWith("mpjdev.")
            && !file.isEmpty();
    }

    public boolean mpiApi() {
        return className.startsWith("mpi.");
    }

    /** {@code PointToPoint.java:23}. */
    public String location() {
        return file + ":" + line;
    }
}
