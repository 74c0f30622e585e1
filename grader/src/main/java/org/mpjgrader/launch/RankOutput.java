package org.mpjgrader.launch;

import java.time.Duration;
import java.util.List;

/**
 * What one rank printed (each stream in its own order), how it ended, the CPU time of its thread and how much of
 * it went to MPI calls, and its work: the instructions of the program's own code its threads executed, sleeps
 * counted at the runner's fixed rate (-1 where not counted). The work is the same in every run of the program on
 * the same input; the times are not.
 */
public record RankOutput(int rank, List<String> stdout, List<String> stderr, RankOutcome outcome, Duration cpu,
                         long allocatedBytes, Duration cpuInMpi, long work) {

    /** A rank whose work was not counted. */
    public RankOutput(int rank, List<String> stdout, List<String> stderr, RankOutcome outcome, Duration cpu,
                      long allocatedBytes, Duration cpuInMpi) {
        this(rank, stdout, stderr, outcome, cpu, allocatedBytes, cpuInMpi, -1);
    }

    /** A rank whose allocation was not measured (it did not end, or a made-up one). */
    public RankOutput(int rank, List<String> stdout, List<String> stderr, RankOutcome outcome, Duration cpu) {
        this(rank, stdout, stderr, outcome, cpu, -1, Duration.ZERO, -1);
    }

    /** The CPU time of the rank's thread outside MPI calls: its own work, without packing and waiting. */
    public Duration cpuOutsideMpi() {
        Duration outside = cpu.minus(cpuInMpi);
        return outside.isNegative() ? Duration.ZERO : outside;
    }
}
