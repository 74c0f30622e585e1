package org.mpjgrader.launch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A job as {@code scontrol show job -o} tells it (accounting storage is none here, so there is no sacct): its
 * state, why it waits, its exit status, how long it ran, and the files SLURM wrote its output and errors to
 * (with {@code %j} and {@code %x} already replaced).
 *
 * @param exitCode the script's exit status, or 128 + the signal that ended it
 */
public record SlurmJobStatus(String state, String reason, int exitCode, Duration runTime, String stdOut,
                             String stdErr) {
    /** States after which nothing of the job runs any more and its files are written. */
    private static final Set<String> UNFINISHED = Set.of("PENDING", "CONFIGURING", "RUNNING", "COMPLETING",
        "SUSPENDED", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESIZING", "SIGNALING", "STAGE_OUT", "STOPPED");

    /** The job in a line of {@code scontrol show job -o ID}; empty when the line holds no job state. */
    public static Optional<SlurmJobStatus> parse(String line) {
        Map<String, String> fields = new HashMap<>();
        for (String word : line.strip().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                fields.putIfAbsent(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        if (!fields.containsKey("JobState")) {
            return Optional.empty();
        }
        return Optional.of(new SlurmJobStatus(fields.get("JobState"), fields.getOrDefault("Reason", "None"),
            exitCode(fields.getOrDefault("ExitCode", "0:0")), runTime(fields.getOrDefault("RunTime", "0")),
            fields.getOrDefault("StdOut", ""), fields.getOrDefault("StdErr", "")));
    }

    public boolean pending() {
        return state.equals("PENDING");
    }

    public boolean finished() {
        return finished(state);
    }

    /** Whether a job (or an array's task) in this state has ended: nothing of it runs any more. */
    public static boolean finished(String state) {
        return !UNFINISHED.contains(state);
    }

    /** {@code STATUS:SIGNAL}: the signal, when there was one, as a shell reports it. */
    private static int exitCode(String text) {
        String[] parts = text.split(":");
        try {
            int status = Integer.parseInt(parts[0]);
            int signal = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return signal > 0 ? 128 + signal : status;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code [D-]HH:MM:SS} as SLURM writes a run time. */
    static Duration runTime(String text) {
        try {
            long days = 0;
            String rest = text;
            int dash = text.indexOf('-');
            if (dash >= 0) {
                days = Long.parseLong(text.substring(0, dash));
                rest = text.substring(dash + 1);
            }
            long seconds = 0;
            for (String part : rest.split(":")) {
                seconds = seconds * 60 + Long.parseLong(part);
            }
            return Duration.ofDays(days).plusSeconds(seconds);
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }
}
