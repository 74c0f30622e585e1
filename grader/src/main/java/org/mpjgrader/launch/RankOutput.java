package org.mpjgrader.launch;

import java.time.Duration;
import java.util.List;

/** What one rank printed (each stream in its own order), how it ended and the CPU time of its thread. */
public record RankOutput(int rank, List<String> stdout, List<String> stderr, RankOutcome outcome, Duration cpu,
                         long allocatedBytes) {

    /** A rank whose allocation was not measured (it did not end, or a made-up one). */
    public RankOutput(int rank, List<String> stdout, List<String> stderr, RankOutcome outcome, Duration cpu) {
        this(rank, stdout, stderr, outcome, cpu, -1);
    }
}
