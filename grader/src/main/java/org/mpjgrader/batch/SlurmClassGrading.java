package org.mpjgrader.batch;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mpjgrader.launch.SlurmCluster;
import org.mpjgrader.launch.SlurmJobStatus;

/**
 * A class graded on a SLURM cluster: the job array of shares and the merge job that waits for it
 * ({@code afterany}), watched until the merge ends. A share whose task did not complete, or whose folder lacks
 * some of its students, is submitted once more before the merge runs; the merge reports a student still
 * missing as {@code NOT_GRADED}, so no student is lost.
 */
public final class SlurmClassGrading {
    /** How long scontrol may stay silent (a restarting controller) before the grader stops watching. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    /** The jobs submitted: the array of shares and the merge. */
    public record Submitted(long arrayId, long mergeId, SlurmJobScripts scripts) {
    }

    /**
     * How it ended: the class's size, the students without a grade in the merged gradebook, the shares submitted
     * again, and what went wrong with the jobs themselves (empty when the merge completed).
     */
    public record Outcome(int students, int notGraded, List<Integer> resubmitted, Optional<String> problem) {
    }

    private final SlurmCluster cluster;
    private final Clock clock;
    private final Duration poll;
    private final PrintStream progress;

    public SlurmClassGrading(SlurmCluster cluster, Clock clock, Duration poll, PrintStream progress) {
        this.cluster = cluster;
        this.clock = clock;
        this.poll = poll;
        this.progress = progress;
    }

    /**
     * Writes the scripts and submits the array and the merge after it; {@code holdMerge} keeps the merge held
     * until {@link #finish} has submitted the failed shares again (without it the merge runs as soon as the
     * array ends).
     */
    public Submitted submit(SlurmClassPlan plan, boolean holdMerge) {
        SlurmJobScripts scripts = SlurmJobScripts.write(plan);
        long array = cluster.submit(scripts.shard(), plan.courseRoot(), List.of());
        List<String> options = new ArrayList<>(List.of("--dependency=afterany:" + array));
        if (holdMerge) {
            options.add("--hold");
        }
        try {
            return new Submitted(array, cluster.submit(scripts.merge(), plan.courseRoot(), options), scripts);
        } catch (UncheckedIOException e) {
            cluster.cancel(array);
            throw e;
        }
    }

    /** Waits for the shares, submits the failed ones once more, lets the merge go and waits for it. */
    public Outcome finish(SlurmClassPlan plan, Submitted jobs) {
        Instant start = clock.instant();
        Map<Integer, String> states = watchArray(jobs.arrayId(), start);
        List<Integer> failed = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (int k = 1; k <= plan.shards(); k++) {
            String state = states.getOrDefault(k, "no longer listed by scontrol");
            int missing = missingStudents(plan, k);
            if (!state.equals("COMPLETED") || missing > 0) {
                failed.add(k);
                why.add("share " + k + " (" + state + (missing > 0 ? ", " + missing + " students not graded" : "")
                    + ")");
            }
        }
        long last = jobs.arrayId();
        if (!failed.isEmpty()) {
            String indexes = failed.stream().map(String::valueOf).collect(Collectors.joining(","));
            try {
                last = cluster.submit(jobs.scripts().shard(), plan.courseRoot(), List.of("--array=" + indexes));
                progress.printf("%s failed: submitted again as job array %d%n", String.join(", ", why), last);
            } catch (UncheckedIOException e) {
                // The merge still runs: it reports the shares' missing students NOT_GRADED.
                progress.printf("%s failed, and could not be submitted again: %s%n", String.join(", ", why),
                    e.getCause().getMessage());
            }
        }
        if (last == jobs.arrayId()) {
            cluster.release(jobs.mergeId());
        } else {
            cluster.releaseAfter(jobs.mergeId(), "afterany:" + last);
            watchArray(last, start);
        }
        Optional<String> problem = watchMerge(jobs.mergeId(), plan, start);
        List<BatchOutput.StudentResult> results = new BatchOutput(plan.output()).results();
        int notGraded = (int) results.stream().filter(r -> r.result().anyNotGraded()).count();
        int students = ClassFolder.discover(plan.submissions()).size();
        return new Outcome(students, notGraded + Math.max(0, students - results.size()), List.copyOf(failed), problem);
    }

    /** The students of share {@code k} without a result in its folder. */
    static int missingStudents(SlurmClassPlan plan, int k) {
        BatchOutput share = new BatchOutput(plan.share(k));
        return (int) plan.studentsOf(k).stream().filter(s -> !share.isDone(s.student())).count();
    }

    /** Polls the array until every task has ended, with a line each time the count of states changes. */
    private Map<Integer, String> watchArray(long arrayId, Instant start) {
        String shown = "";
        Instant heard = clock.instant();
        while (true) {
            Map<Integer, String> states = cluster.arrayTaskStates(arrayId);
            if (!states.isEmpty()) {
                heard = clock.instant();
                String line = new TreeMap<>(states.values().stream()
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()))).entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
                if (!line.equals(shown)) {
                    progress.printf("[%s] job array %d: %s%n", elapsed(start), arrayId, line);
                    shown = line;
                }
                // A task cancelled while pending leaves no line at all: it counts as failed (UNKNOWN) below.
                if (states.values().stream().allMatch(SlurmJobStatus::finished)) {
                    return states;
                }
            } else if (Duration.between(heard, clock.instant()).compareTo(PATIENCE) > 0) {
                progress.printf("[%s] job array %d: scontrol has not answered for %d s; its shares count as failed%n",
                    elapsed(start), arrayId, PATIENCE.toSeconds());
                return states;
            }
            sleep();
        }
    }

    private Optional<String> watchMerge(long mergeId, SlurmClassPlan plan, Instant start) {
        String shown = "";
        Instant heard = clock.instant();
        while (true) {
            Optional<SlurmJobStatus> status = cluster.status(mergeId);
            if (status.isPresent()) {
                heard = clock.instant();
                String state = status.get().state();
                if (!state.equals(shown)) {
                    progress.printf("[%s] merge job %d: %s%n", elapsed(start), mergeId, state);
                    shown = state;
                }
                if (status.get().finished()) {
                    return state.equals("COMPLETED") ? Optional.empty() : Optional.of("the merge job " + mergeId
                        + " ended " + state + ": see " + plan.scripts().resolve("merge-job-" + mergeId + ".out"));
                }
            } else if (Duration.between(heard, clock.instant()).compareTo(PATIENCE) > 0) {
                return Optional.of("scontrol has not answered about the merge job " + mergeId + " for "
                    + PATIENCE.toSeconds() + " s");
            }
            sleep();
        }
    }

    private String elapsed(Instant start) {
        long seconds = Duration.between(start, clock.instant()).toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private void sleep() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for SLURM", e);
        }
    }
}
