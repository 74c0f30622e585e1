package org.mpjgrader.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A class graded as a SLURM job array: {@code shards} tasks, task K grading {@code --shard K/shards} into
 * {@code OUTPUT/share-K} with one seed, then a job merging the shares into {@code OUTPUT}.
 *
 * @param grader       the command that starts the grader ({@code java -cp ... Main}), the same on every node
 * @param batchOptions what every share is graded with besides its shard and seed ({@code --only hello})
 * @param mergeOptions what the merge gets besides its parts ({@code --no-similarity})
 * @param environment  variables the jobs need from the grader's ({@code MPJ_HOME}): sbatch gets a clean one
 */
public record SlurmClassPlan(Path courseRoot, Path submissions, Path output, int shards, long seed,
                             Optional<String> partition, List<String> grader, List<String> batchOptions,
                             List<String> mergeOptions, Map<String, String> environment) {
    public SlurmClassPlan {
        courseRoot = courseRoot.toAbsolutePath().normalize();
        submissions = submissions.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        grader = List.copyOf(grader);
        batchOptions = List.copyOf(batchOptions);
        mergeOptions = List.copyOf(mergeOptions);
        environment = Map.copyOf(environment);
    }

    public Path share(int index) {
        return output.resolve("share-" + index);
    }

    public Path scripts() {
        return output.resolve("slurm");
    }

    /** {@code grader/grade merge ...} as an instructor would type it, to merge again by hand. */
    public List<String> mergeArguments() {
        List<String> merge = new ArrayList<>(List.of("merge", "--output", output.toString(),
            "--submissions", submissions.toString()));
        merge.addAll(mergeOptions);
        for (int k = 1; k <= shards; k++) {
            merge.add(share(k).toString());
        }
        return merge;
    }

    /** The students of share {@code index}, as its task selects them. */
    public List<StudentSubmission> studentsOf(int index) {
        return new Shard(index, shards).select(ClassFolder.discover(submissions));
    }
}
