package org.mpjgrader.check;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What SLURM gives a job of a script on one node: its number and name, its environment, and the files its
 * output and errors go to. As in SLURM, {@code SLURM_NTASKS} and {@code SLURM_CPUS_PER_TASK} are set only when
 * the script asks for them, the job is named after the script unless {@code --job-name} says otherwise, output
 * goes to {@code slurm-%j.out} unless {@code --output} says otherwise, and errors go with it unless
 * {@code --error} names another file. ({@code SLURM_SUBMIT_DIR} is the job's folder, which its runner sets.)
 *
 * @param outputFile the output file's name, patterns replaced ({@code %j}: the job's number, {@code %x}: its name)
 * @param errorFile  the error file's name; the output file's when they are one
 * @param timeLimit  the {@code --time} it asks for, at which SLURM cancels it (empty: the partition's)
 */
public record SlurmJob(long id, String name, Map<String, String> environment, String outputFile, String errorFile,
                       Optional<Duration> timeLimit) {
    /** The number every graded job gets, so that messages name the same files every time. */
    public static final long ID = 4242;
    static final String DEFAULT_OUTPUT = "slurm-%j.out";

    public SlurmJob {
        environment = Map.copyOf(environment);
    }

    public static SlurmJob of(SlurmScript script, String scriptName) {
        return of(script, scriptName, ID);
    }

    /** The job SLURM ran under the number {@code id} (a real scheduler's, not the simulation's). */
    public static SlurmJob of(SlurmScript script, String scriptName, long id) {
        String name = script.directive("job-name").map(SlurmScript.Directive::value).orElse(scriptName);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SLURM_JOB_ID", Long.toString(id));
        environment.put("SLURM_JOBID", Long.toString(id));
        environment.put("SLURM_JOB_NAME", name);
        String nodes = Integer.toString(script.count("nodes").orElse(1));
        environment.put("SLURM_NNODES", nodes);
        environment.put("SLURM_JOB_NUM_NODES", nodes);
        script.count("ntasks").ifPresent(n -> environment.put("SLURM_NTASKS", Integer.toString(n)));
        script.count("cpus-per-task").ifPresent(n -> environment.put("SLURM_CPUS_PER_TASK", Integer.toString(n)));
        String output = expand(script.directive("output").map(SlurmScript.Directive::value).orElse(DEFAULT_OUTPUT), name,
            id);
        String error = script.directive("error").map(d -> expand(d.value(), name, id)).orElse(output);
        return new SlurmJob(id, name, environment, output, error, script.timeLimit());
    }

    /** How long the job may run here: its own {@code --time}, or the grader's limit when that is shorter. */
    public Duration wallTime(Duration graderLimit) {
        return timeLimit.filter(t -> t.compareTo(graderLimit) < 0).orElse(graderLimit);
    }

    /** Whether {@code wallTime} is the job's own {@code --time}, not the grader's limit. */
    boolean ownLimit(Duration wallTime) {
        return timeLimit.filter(t -> t.equals(wallTime)).isPresent();
    }

    public boolean oneFile() {
        return outputFile.equals(errorFile);
    }

    /** A file name pattern with {@code %j} (and {@code %A}) the job's number, {@code %x} its name, {@code %%} a %. */
    static String expand(String pattern, String name) {
        return expand(pattern, name, ID);
    }

    private static String expand(String pattern, String name, long id) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                out.append(c);
                continue;
            }
            char next = pattern.charAt(++i);
            switch (next) {
                case 'j', 'A' -> out.append(id);
                case 'x' -> out.append(name);
                case '%' -> out.append('%');
                default -> out.append('%').append(next);
            }
        }
        return out.toString();
    }
}
