package org.mpjgrader.check;

import java.util.List;
import java.util.Map;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;

/**
 * What the reference solution printed (each rank's standard output) and wrote (collected files) for the
 * same input and rank count as a student's run: the expected values checks compare against.
 */
public record ReferenceOutput(List<List<String>> stdout, Map<String, String> files) {

    public ReferenceOutput {
        stdout = stdout.stream().map(List::copyOf).toList();
        files = Map.copyOf(files);
    }

    public static ReferenceOutput of(RunResult result) {
        return new ReferenceOutput(result.ranks().stream().map(RankOutput::stdout).toList(), result.files());
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
