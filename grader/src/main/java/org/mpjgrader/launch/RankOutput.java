package org.mpjgrader.launch;

import java.time.Duration;
import java.util.List;

/** What one rank printed (each stream in its own order), how it ended and the CPU time of its thread. */
public record RankOutput(int rank, List<String> stdout, List<String> stderr, RankOutcome outcome, Duration cpu) {
}
