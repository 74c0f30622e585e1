package org.mpjgrader.launch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real SLURM scheduler reachable from this machine, through its commands ({@code sbatch}, {@code scontrol},
 * {@code scancel}, {@code sinfo}). Found by {@link #find}: {@code sbatch} on the {@code PATH} and
 * {@code scontrol ping} answering that the controller is up. The commands run with the {@code PATH} and
 * {@code LANG} only, since sbatch hands its environment on to the job.
 */
public final class SlurmCluster {
    /** How long one command of SLURM's may take before the cluster counts as unreachable. */
    private static final long COMMAND_SECONDS = 30;

    /** Runs one command in a folder and returns what it said. */
    @FunctionalInterface
    public interface Commands {
        Reply run(List<String> command, Path folder);
    }

    /** A command's exit status (-1: it could not start or did not end) and its output and errors. */
    public record Reply(int exitCode, String out, String err) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private final Commands commands;

    SlurmCluster(Commands commands) {
        this.commands = commands;
    }

    /** The cluster this machine reaches, if any. */
    public static Optional<SlurmCluster> find() {
        return find(SlurmCluster::runCommand, System.getenv("PATH"));
    }

    static Optional<SlurmCluster> find(Commands commands, String path) {
        boolean sbatch = path != null && List.of(path.split(File.pathSeparator)).stream()
            .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "sbatch")));
        if (!sbatch) {
            return Optional.empty();
        }
        Reply ping = commands.run(List.of("scontrol", "ping"), Path.of("/"));
        return ping.ok() && ping.out().contains("UP") ? Optional.of(new SlurmCluster(commands)) : Optional.empty();
    }

    /** What {@code sbatch --test-only} says of {@code script}: empty when it would accept it. */
    public Optional<SbatchRefusal> refusal(Path script, Path folder) {
        Reply reply = commands.run(List.of("sbatch", "--test-only", "--chdir=" + folder, script.toString()), folder);
        if (reply.ok()) {
            return Optional.empty();
        }
        int cpus = 0;
        long memory = 0;
        Reply node = commands.run(List.of("sinfo", "-h", "-o", "%c %m"), folder);
        for (String line : node.out().lines().toList()) {
            String[] fields = line.strip().split("\\s+");
            try {
                cpus = Math.max(cpus, Integer.parseInt(fields[0].replace("+", "")));
                memory = Math.max(memory, Long.parseLong(fields[1].replace("+", "")));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                // A line sinfo wrote otherwise: the message then names no node's size.
            }
        }
        String said = (reply.err() + reply.out()).strip();
        return Optional.of(new SbatchRefusal(said.isEmpty() ? "sbatch exited with status " + reply.exitCode() : said,
            cpus, memory));
    }

    /**
     * Submits {@code script} from {@code folder} (its {@code SLURM_SUBMIT_DIR}) with {@code options} before it
     * (the command line's options override the script's own); the job's number.
     *
     * @throws UncheckedIOException when sbatch does not take it: the machine's fault, since --test-only took it
     */
    public long submit(Path script, Path folder, List<String> options) {
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
        command.addAll(options);
        command.add(script.toString());
        Reply reply = commands.run(command, folder);
        String first = reply.out().strip().split("[;\\s]", 2)[0];
        try {
            if (reply.ok()) {
                return Long.parseLong(first);
            }
        } catch (NumberFormatException e) {
            // Falls through to the failure below.
        }
        throw new UncheckedIOException(new IOException("sbatch did not submit the job: "
            + (reply.err() + reply.out()).strip()));
    }

    /** The job as SLURM knows it now; empty when scontrol does not answer or no longer knows it. */
    public Optional<SlurmJobStatus> status(long jobId) {
        Reply reply = commands.run(List.of("scontrol", "show", "job", "-o", Long.toString(jobId)), Path.of("/"));
        return reply.ok() ? reply.out().lines().findFirst().flatMap(SlurmJobStatus::parse) : Optional.empty();
    }

    /**
     * The state of every task of a job array, by index, as {@code scontrol show job -o} tells it (one line per
     * task that started, one line for the tasks still pending together: {@code ArrayTaskId=2-3,5%4}); empty
     * when scontrol does not answer.
     */
    public Map<Integer, String> arrayTaskStates(long arrayId) {
        Reply reply = commands.run(List.of("scontrol", "show", "job", "-o", Long.toString(arrayId)), Path.of("/"));
        Map<Integer, String> states = new java.util.TreeMap<>();
        if (!reply.ok()) {
            return states;
        }
        for (String line : reply.out().lines().toList()) {
            String tasks = field(line, "ArrayTaskId");
            String state = field(line, "JobState");
            if (tasks == null || state == null) {
                continue;
            }
            for (int index : taskIndexes(tasks)) {
                states.put(index, state);
            }
        }
        return states;
    }

    /** {@code 1-3,5%2} as 1, 2, 3, 5 (the {@code %} limit is not an index). */
    static List<Integer> taskIndexes(String spec) {
        List<Integer> indexes = new ArrayList<>();
        for (String range : spec.split("%", 2)[0].split(",")) {
            String[] ends = range.split("-", 2);
            try {
                int first = Integer.parseInt(ends[0].strip());
                int last = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : first;
                for (int i = first; i <= last; i++) {
                    indexes.add(i);
                }
            } catch (NumberFormatException e) {
                // Not an index (a step such as 1-9:2 is never written by the grader).
            }
        }
        return indexes;
    }

    private static String field(String line, String name) {
        for (String word : line.strip().split("\\s+")) {
            if (word.startsWith(name + "=")) {
                return word.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** Lets a job submitted with {@code --hold} go. */
    public void release(long jobId) {
        commands.run(List.of("scontrol", "release", Long.toString(jobId)), Path.of("/"));
    }

    /** Makes a pending job wait for {@code dependency} instead ({@code afterany:17}), then lets a held job go. */
    public void releaseAfter(long jobId, String dependency) {
        commands.run(List.of("scontrol", "update", "JobId=" + jobId, "Dependency=" + dependency), Path.of("/"));
        commands.run(List.of("scontrol", "release", Long.toString(jobId)), Path.of("/"));
    }

    /** Cancels the job, whatever state it is in. */
    public void cancel(long jobId) {
        commands.run(List.of("scancel", Long.toString(jobId)), Path.of("/"));
    }

    /** Runs a command of SLURM's with a clean environment, waiting at most {@value #COMMAND_SECONDS} s. */
    static Reply runCommand(List<String> command, Path folder) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> environment = builder.environment();
        String path = environment.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        environment.clear();
        environment.put("PATH", path);
        environment.put("LANG", "C.UTF-8");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            // Both pipes read beside the wait, so that neither fills and a command that hangs is still left.
            StringBuffer out = new StringBuffer();
            StringBuffer err = new StringBuffer();
            Thread output = ProcessGroup.daemon("slurm-command-output", () -> out.append(text(process.getInputStream())));
            Thread errors = ProcessGroup.daemon("slurm-command-errors", () -> err.append(text(process.getErrorStream())));
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Reply(-1, "", String.join(" ", command) + " did not answer within " + COMMAND_SECONDS + " s");
            }
            ProcessGroup.join(output);
            ProcessGroup.join(errors);
            return new Reply(process.exitValue(), out.toString(), err.toString());
        } catch (IOException e) {
            return new Reply(-1, "", "cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "", "interrupted while running " + command.get(0));
        }
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
