package org.mpjgrader.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.files.FileTrees;

/**
 * Runs a batch script as a real SLURM job. sbatch gets a wrapper whose header is the student's own lines above
 * the first command, copied verbatim, so that SLURM reads exactly the directives the student wrote; its body runs
 * the student's script as the {@link ScriptRunner} does (the same job folder, {@code mpjrun.sh} shim and
 * sandbox), with the {@code SLURM_*} variables slurmd set. The job's folder is its working directory, so that
 * the files its {@code --output} and {@code --error} name land there; names that lead elsewhere, the input and the
 * working directory are overridden on sbatch's command line, since slurmd opens them as the grader's user.
 *
 * <p>The job is watched with {@code scontrol show job} until it ends; one that waits in the queue, or runs, longer
 * than the grader's limit is cancelled, and so is every job the grader gives up on: nothing of it outlives the
 * grading.
 */
public final class SlurmJobRunner {
    private static final Duration POLL = Duration.ofMillis(250);
    /** A job waiting for other jobs to leave the node (a class graded at once) waits this long before it counts. */
    private static final Duration BUSY_QUEUE = Duration.ofMinutes(10);
    /** How long a cancelled job may take to leave the node before its folder is deleted anyway. */
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(15);
    /** What slurmstepd writes into the job's error file when it kills the job for its memory. */
    private static final String MEMORY_KILL = "Exceeded job memory limit";
    private static final Pattern FILE_OPTION = Pattern.compile(
        "(?:^|\\s)(?:--(output|error)(?:=|\\s+)|-([oe])\\s*)(\\S+)");

    private final SlurmCluster cluster;
    private final ScriptRunner jobs;
    private final Path scratch;
    private final Clock clock;

    /**
     * @param jobs    lays out a job's folder and sandbox, as for the simulation
     * @param scratch a folder for the jobs' folders; slurmd must reach it (it runs on this machine)
     */
    public SlurmJobRunner(SlurmCluster cluster, ScriptRunner jobs, Path scratch, Clock clock) {
        this.cluster = cluster;
        this.jobs = jobs;
        this.scratch = scratch;
        this.clock = clock;
    }

    /** What {@code sbatch --test-only} says of the script: empty when it would take it. */
    public Optional<SbatchRefusal> refusal(Path script) {
        Path folder = FileTrees.createTempDirectory(scratch, "test-");
        try {
            return cluster.refusal(script.toAbsolutePath(), folder);
        } finally {
            FileTrees.deleteTree(folder);
        }
    }

    public ScriptResult run(ScriptRequest request) {
        Path job = FileTrees.createTempDirectory(scratch, "job-");
        try {
            return runIn(request, job);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the batch job's folder " + job, e);
        } finally {
            FileTrees.deleteTree(job);
        }
    }

    private ScriptResult runIn(ScriptRequest request, Path job) throws IOException {
        ScriptRunner.JobFolder folder = jobs.prepare(request, job);
        Path wrapper = job.resolve("grader-job.sh");
        String script = Files.readString(request.script(), StandardCharsets.UTF_8);
        Files.writeString(wrapper, wrapper(header(script), jobs.sandboxed(request, folder),
            ScriptRunner.baseEnvironment(folder)), StandardCharsets.UTF_8);
        List<String> options = new ArrayList<>(List.of("--chdir=" + folder.submitDir(), "--input=/dev/null"));
        options.addAll(fileOverrides(header(script), folder.submitDir()));
        long id = cluster.submit(wrapper, folder.submitDir(), options);
        boolean ended = false;
        try {
            Watch watch = watch(id, request.limits().wallTime());
            SlurmJobStatus status = watch.status();
            if (!status.finished()) {
                cluster.cancel(id);
                SlurmJobStatus left = awaitEnd(id).orElse(status);
                // A job cancelled in the queue keeps its PENDING and the reason it waited, for the message.
                status = status.pending() ? new SlurmJobStatus(status.state(), status.reason(), left.exitCode(),
                    Duration.ZERO, left.stdOut(), left.stdErr()) : left;
            }
            ended = true;
            long limit = request.limits().outputBytes();
            AtomicBoolean dropped = new AtomicBoolean();
            String output = status.stdOut().isEmpty() ? "" : ScriptRunner.read(Path.of(status.stdOut()), limit, dropped);
            String error = status.stdErr().isEmpty() || status.stdErr().equals(status.stdOut()) ? output
                : ScriptRunner.read(Path.of(status.stdErr()), limit, dropped);
            boolean timedOut = watch.ranPastLimit() || status.state().equals("TIMEOUT");
            // Without a memory cgroup, slurmstepd kills a job over its --mem and SLURM calls it FAILED; the job's
            // error file holds slurmstepd's word for it.
            String state = error.contains(MEMORY_KILL) && !timedOut ? "OUT_OF_MEMORY" : status.state();
            return new ScriptResult(request, status.exitCode(), timedOut, watch.ran(), output, error, dropped.get(),
                ScriptRunner.launches(folder.launches()), new SchedulerRun(SchedulerRun.SLURM, id, state, status.reason()));
        } finally {
            if (!ended) {
                // The grader gives up (an exception on the way): the job must not outlive it.
                cluster.cancel(id);
                awaitEnd(id);
            }
        }
    }

    /**
     * How the watch of a job ended: its last status, how long it ran, and whether the grader's limit ended the
     * watch (in the queue or running) before the job ended.
     */
    private record Watch(SlurmJobStatus status, Duration ran, boolean ranPastLimit) {
    }

    /** Polls the job until it ends, or has waited in the queue or run longer than {@code limit}. */
    private Watch watch(long id, Duration limit) {
        Instant submitted = clock.instant();
        Instant started = null;
        SlurmJobStatus last = new SlurmJobStatus("PENDING", "None", 0, Duration.ZERO, "", "");
        while (true) {
            Optional<SlurmJobStatus> now = cluster.status(id);
            if (now.isPresent()) {
                last = now.get();
            }
            Instant at = clock.instant();
            if (started == null && !last.pending()) {
                started = at;
            }
            Duration ran = started == null ? Duration.ZERO : Duration.between(started, at);
            if (last.finished()) {
                return new Watch(last, ran, false);
            }
            Duration queueLimit = List.of("None", "Resources", "Priority").contains(last.reason()) ? BUSY_QUEUE : limit;
            if (started == null && Duration.between(submitted, at).compareTo(queueLimit) > 0) {
                return new Watch(last, Duration.ZERO, false);
            }
            if (started != null && ran.compareTo(limit) > 0) {
                return new Watch(last, ran, true);
            }
            sleep(POLL);
        }
    }

    /** Waits for a cancelled job to end, so that nothing writes into its folder once it is deleted. */
    private Optional<SlurmJobStatus> awaitEnd(long id) {
        Instant until = clock.instant().plus(CANCEL_WAIT);
        Optional<SlurmJobStatus> status = cluster.status(id);
        while (status.isPresent() && !status.get().finished() && clock.instant().isBefore(until)) {
            sleep(POLL);
            status = cluster.status(id);
        }
        return status;
    }

    /** The script's lines above its first command (its #! line aside): where sbatch reads its directives. */
    static List<String> header(String script) {
        List<String> lines = script.lines().toList();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                break;
            }
            if (i > 0 || !stripped.startsWith("#!")) {
                header.add(lines.get(i));
            }
        }
        return header;
    }

    /**
     * {@code --output}/{@code --error} for the names in the header that lead out of the job's folder (absolute,
     * or through {@code ..}): their file name only, in the folder, as in the simulation. slurmd opens them as the
     * grader's user, which must not write wherever a student names. Missing folders of the others are created.
     */
    static List<String> fileOverrides(List<String> header, Path submitDir) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : header) {
            if (!line.startsWith("#SBATCH")) {
                continue;
            }
            Matcher m = FILE_OPTION.matcher(line.substring("#SBATCH".length()));
            while (m.find()) {
                String option = m.group(1) != null ? m.group(1) : m.group(2).equals("o") ? "output" : "error";
                String name = m.group(3);
                Path file = submitDir.resolve(name).normalize();
                if (!file.startsWith(submitDir) || file.equals(submitDir)) {
                    Path last = Path.of(name).getFileName();
                    options.add("--" + option + "=" + (last == null ? "job.out" : last.toString()));
                } else if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
            }
        }
        return options;
    }

    /** The job sbatch gets: the student's header, then the student's script in the sandbox, environment cleared. */
    static String wrapper(List<String> header, List<String> sandboxed, Map<String, String> environment) {
        StringBuilder text = new StringBuilder("#!/bin/bash\n");
        header.forEach(line -> text.append(line).append('\n'));
        text.append("""
            # Written by the grader: the lines above are the student's, as submitted. Below, the student's script runs
            # in the grader's sandbox with SLURM's variables and nothing else of this job's environment.
            variables=()
            for name in ${!SLURM_@}; do variables+=("$name=${!name}"); done
            exec /usr/bin/env -i "${variables[@]}\"""");
        environment.forEach((name, value) -> text.append(' ').append(ScriptRunner.quote(name + "=" + value)));
        sandboxed.forEach(word -> text.append(' ').append(ScriptRunner.quote(word)));
        return text.append('\n').toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while waiting for a SLURM job"));
        }
    }
}
