package org.mpjgrader.batch;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mpjgrader.submission.SubmissionException;
import org.mpjgrader.submission.SubmissionLoader;
import org.mpjgrader.report.AtomicFile;

/**
 * Pairs of students whose code is alike, found by JPlag on the submissions' Java sources, with the course's
 * skeletons as base code: what every student was given does not count as similarity.
 *
 * @param note why there are no pairs, when JPlag could not compare (fewer than two submissions with code)
 */
public record SimilarityReport(List<Pair> pairs, String note) {
    static final String CSV = "similarity.csv";

    /** Two students and the share of their code that matches: average of both sides, and the larger side. */
    public record Pair(String first, String second, double average, double maximum) {
    }

    /**
     * @param sources  a folder with one folder of Java sources per student (named by the student)
     * @param baseCode the skeletons' sources
     */
    public static SimilarityReport compute(Path sources, Path baseCode) {
        JPlagOptions options = new JPlagOptions(new de.jplag.java.Language(), Set.of(sources.toFile()), Set.of());
        if (Files.isDirectory(baseCode)) {
            options = options.withBaseCodeSubmissionDirectory(baseCode.toFile());
        }
        try {
            JPlagResult result = new JPlag(options).run();
            List<Pair> pairs = result.getAllComparisons().stream().map(SimilarityReport::pair)
                .sorted(Comparator.comparingDouble(Pair::average).reversed()
                    .thenComparing(Pair::first).thenComparing(Pair::second))
                .toList();
            return new SimilarityReport(pairs, "");
        } catch (ExitException | RuntimeException e) {
            return new SimilarityReport(List.of(), "JPlag could not compare the submissions: " + e.getMessage());
        }
    }

    /** Sources of each student copied out of their submissions, for JPlag; deleted by the caller. */
    public static Path collectSources(List<StudentSubmission> students, Path work) throws IOException {
        Path root = Files.createDirectories(work.resolve("sources"));
        for (StudentSubmission student : students) {
            Path origin = student.kind() == StudentSubmission.Kind.BARE_GIT
                ? GitExport.headOf(student.origin(), Files.createDirectories(work.resolve("git-" + student.student())))
                : student.origin();
            try {
                new SubmissionLoader().load(origin, root.resolve(student.student()));
            } catch (SubmissionException unreadable) {
                // Its grading says why; there is nothing to compare.
            }
        }
        return root;
    }

    private static Pair pair(JPlagComparison comparison) {
        String a = comparison.firstSubmission().getName();
        String b = comparison.secondSubmission().getName();
        boolean ordered = a.compareTo(b) <= 0;
        return new Pair(ordered ? a : b, ordered ? b : a, comparison.similarity(), comparison.maximalSimilarity());
    }

    public String csv() {
        StringBuilder csv = new StringBuilder("first,second,average,maximum\n");
        for (Pair p : pairs) {
            csv.append(p.first()).append(',').append(p.second()).append(',')
                .append(String.format(Locale.ROOT, "%.3f,%.3f%n", p.average(), p.maximum()));
        }
        return csv.toString();
    }

    public void writeTo(Path folder) {
        AtomicFile.write(folder.resolve(CSV), csv().getBytes(StandardCharsets.UTF_8));
    }
}
