package org.mpjgrader.grading;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * How many of the machine's cores programs other than this grader keep busy. Read while the run gate holds every
 * run of the grader back, so that what is busy is somebody else's: a wall-clock row timed then would measure the
 * machine, not the program.
 */
@FunctionalInterface
public interface OtherWork {
    /** Where the platform cannot tell (the rows are timed, and their spread still shows a disturbed series). */
    OtherWork UNKNOWN = OptionalDouble::empty;

    /** The cores other programs kept busy over a short look, or empty where this platform cannot tell. */
    OptionalDouble busyCores();

    /**
     * This machine, looked at for {@code look}: the JDK's system CPU load (all processes) less this JVM's own, over
     * the same interval, times the cores. The grader's idle child JVMs count as other work, but idle they cost nothing.
     */
    static OtherWork ofThisMachine(Duration look) {
        return () -> {
            if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
                return OptionalDouble.empty();
            }
            // Each reading covers the time since the previous one: the first call opens the interval.
            os.getCpuLoad();
            os.getProcessCpuLoad();
            try {
                Thread.sleep(look.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return OptionalDouble.empty();
            }
            double system = os.getCpuLoad();
            double own = os.getProcessCpuLoad();
            if (system < 0 || own < 0) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Math.max(0, system - own) * os.getAvailableProcessors());
        };
    }
}
