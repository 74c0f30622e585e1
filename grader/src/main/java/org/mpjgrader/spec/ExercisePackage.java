package org.mpjgrader.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mpjgrader.result.Verdict;

/**
 * One exercise as its package declares it ({@code course/<id>/exercise.yaml}): what the grader runs and checks,
 * and what {@code verify-course} proves the package with.
 *
 * @param file      the package's {@code exercise.yaml}
 * @param skeleton  the file students complete, relative to the course's root
 * @param reference the reference solution's file, relative to the course's root
 * @param samples   submissions (folders relative to the course's root) by the exercise verdict each must get: those
 *                  in the package's {@code submissions/<verdict>/}, then those its {@code samples} key names
 * @param sampleFiles files of a Maven layout, relative to the course's root, that every sample is graded with
 */
public record ExercisePackage(Path file, ExerciseSpec spec, String skeleton, String reference,
                              Map<Verdict, List<String>> samples, List<String> sampleFiles) {
    /** The package's folder of samples, {@code submissions/<verdict>/<name>/}, as in a Kattis package. */
    public static final String SUBMISSIONS = "submissions";
    /**
     * The verdict folders of {@code submissions/} and keys of {@code samples}, Kattis's names where it has one, and
     * the verdicts they stand for.
     */
    public static final Map<String, Verdict> SAMPLE_FOLDERS = Map.of("accepted", Verdict.PASS,
        "wrong_answer", Verdict.FAIL, "run_time_error", Verdict.CRASH, "deadlock", Verdict.DEADLOCK,
        "time_limit_exceeded", Verdict.TIMEOUT, "resource_limit", Verdict.RESOURCE_LIMIT,
        "compile_error", Verdict.COMPILE_ERROR, "not_implemented", Verdict.NOT_IMPLEMENTED);

    public ExercisePackage {
        samples = samples.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        sampleFiles = List.copyOf(sampleFiles);
    }

    public String id() {
        return spec.id();
    }

    /** The package's own samples' folder, {@code submissions/} beside its {@code exercise.yaml}. */
    public Path submissions() {
        return file.toAbsolutePath().normalize().resolveSibling(SUBMISSIONS);
    }
}
