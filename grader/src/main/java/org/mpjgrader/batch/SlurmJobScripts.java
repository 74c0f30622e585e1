package org.mpjgrader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two job scripts of a class graded on SLURM, written into {@code OUTPUT/slurm/} and kept there, so that an
 * instructor can read them and submit them again ({@code sbatch --array=2 OUTPUT/slurm/shard.sh} grades share 2
 * again; a share resumes, keeping the students it already graded).
 */
public record SlurmJobScripts(Path shard, Path merge) {
    /** Memory of one task: the grader's JVM and a child JVM per worker; SLURM kills a job over its --mem. */
    static final String TASK_MEMORY = "4G";
    static final String MERGE_MEMORY = "2G";
    static final int TASK_CPUS = 2;

    public static SlurmJobScripts write(SlurmClassPlan plan) {
        Path folder = plan.scripts();
        Path shard = folder.resolve("shard.sh");
        Path merge = folder.resolve("merge.sh");
        // The task's index and CPUs are SLURM's variables: those words are left for bash to expand.
        StringBuilder batchLine = new StringBuilder("exec ").append(quoted(plan.grader()));
        batchLine.append(" batch ").append(quote(plan.submissions().toString()))
            .append(" --output ").append(quote(plan.output() + "/share-")).append("\"$SLURM_ARRAY_TASK_ID\"")
            .append(" --shard \"$SLURM_ARRAY_TASK_ID\"/").append(plan.shards())
            .append(" --seed ").append(plan.seed())
            .append(" --workers \"${SLURM_CPUS_PER_TASK:-1}\" --no-similarity");
        if (!plan.batchOptions().isEmpty()) {
            batchLine.append(' ').append(quoted(plan.batchOptions()));
        }
        List<String> merging = new ArrayList<>(plan.grader());
        merging.addAll(plan.mergeArguments());
        try {
            Files.createDirectories(folder);
            write(shard, header(plan, "shard", List.of("--array=1-" + plan.shards(),
                "--cpus-per-task=" + TASK_CPUS, "--mem=" + TASK_MEMORY,
                "--output=" + folder.resolve("shard-%a-job-%A.out"))),
                "# Grades share K of " + plan.shards() + " of the class, K being the array task's index.\n",
                plan.environment(), batchLine.toString());
            write(merge, header(plan, "merge", List.of("--cpus-per-task=1", "--mem=" + MERGE_MEMORY,
                "--output=" + folder.resolve("merge-job-%j.out"))),
                "# Joins the shares into one gradebook; a student no share graded is reported NOT_GRADED.\n",
                plan.environment(), "exec " + quoted(merging));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the job scripts into " + folder, e);
        }
        return new SlurmJobScripts(shard, merge);
    }

    private static String header(SlurmClassPlan plan, String part, List<String> options) {
        StringBuilder text = new StringBuilder("#!/bin/bash\n");
        text.append("# Written by 'grader/grade batch --slurm' (seed ").append(plan.seed()).append(").\n");
        text.append("#SBATCH --job-name=mpj-grade-").append(part).append('\n');
        text.append("#SBATCH --chdir=").append(plan.courseRoot()).append('\n');
        text.append("#SBATCH --ntasks=1\n");
        plan.partition().ifPresent(p -> text.append("#SBATCH --partition=").append(p).append('\n'));
        options.forEach(o -> text.append("#SBATCH ").append(o).append('\n'));
        return text.toString();
    }

    private static void write(Path file, String header, String comment, Map<String, String> environment,
                              String command) throws IOException {
        StringBuilder text = new StringBuilder(header).append(comment).append("set -euo pipefail\n");
        // sbatch is given a clean environment (only PATH and LANG): what the grader needs is set here.
        for (Map.Entry<String, String> variable : new TreeMap<>(environment).entrySet()) {
            text.append("export ").append(variable.getKey()).append('=').append(quote(variable.getValue())).append('\n');
        }
        text.append(command).append('\n');
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    public static String quoted(List<String> words) {
        return String.join(" ", words.stream().map(SlurmJobScripts::quote).toList());
    }

    /** A word for bash: as is when it is plain, otherwise in single quotes. */
    static String quote(String word) {
        return word.matches("[A-Za-z0-9_./=:,+@%-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
