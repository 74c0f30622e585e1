package org.mpjgrader.check;

import java.util.List;
import java.util.Map;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;

/**
 * What the reference solution printed (each rank's standard output) and wrote (collected files) for the
 * same input and rank count as a student's run: the expected values checks compare against, and how its
 * work was spread ({@link ParallelProfile#NONE} where only its output was recorded).
 */
public record ReferenceOutput(List<List<String>> stdout, Map<String, String> files, ParallelProfile profile) {

    public ReferenceOutput {
        stdout = stdout.stream().map(List::copyOf).toList();
        files = Map.copyOf(files);
    }

    /** Output without a measured profile: recorded output, or made up by a test. */
    public ReferenceOutput(List<List<String>> stdout, Map<String, String> files) {
        this(stdout, files, ParallelProfile.NONE);
    }

    public static ReferenceOutput of(RunResult result) {
        return new ReferenceOutput(result.ranks().stream().map(RankOutput::stdout).toList(), result.files(),
            ParallelProfile.of(result));
    }

    /** Every line of every rank, rank 0 first. */
    public List<String> allLines() {
        return stdout.stream().flatMap(List::stream).toList();
    }

    /** For checks that need none (hello): an empty output. */
    public static ReferenceOutput none() {
        return new ReferenceOutput(List.of(), Map.of());
    }
}
