package org.mpjgrader.result;

/**
 * What a grading ran on, recorded with its result so that a regrade can be compared with the first one: the
 * grader's version, the Java and MPJ Express that ran the programs, the machine's cores, and how the runs were
 * isolated (for instance {@code "files and network (bubblewrap)"}, or what was missing).
 */
public record GradingEnvironment(String graderVersion, String javaVersion, String mpjExpress, int cores,
                                 String isolation) {

    /** This JVM and machine, with the given grader version, MPJ Express and isolation. */
    public static GradingEnvironment current(String graderVersion, String mpjExpress, String isolation) {
        return new GradingEnvironment(graderVersion, Runtime.version().toString(), mpjExpress,
            Runtime.getRuntime().availableProcessors(), isolation);
    }
}
