package org.mpjgrader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mpjgrader.files.FileTrees;

/** What is built from a batch's results on disk: the gradebook, the similarity report and the summary page. */
public final class ClassReports {
    private ClassReports() {
    }

    /**
     * @param students the submissions to compare for similarity, or {@code null} to keep what is there (a share
     *                 of a class compares nothing: only the whole class can be compared)
     * @param baseCode the skeletons, which do not count as similarity
     * @param work     a folder for temporary files
     */
    public static void write(BatchOutput output, BatchSettings settings, List<StudentSubmission> students,
                             Path baseCode, Path work) {
        List<BatchOutput.StudentResult> results = output.results();
        Gradebook.of(settings.exercises(), results).writeTo(output.root());
        SimilarityReport similarity = students == null
            ? new SimilarityReport(List.of(), "Not computed: a share of a class, or --no-similarity.")
            : similarity(students, baseCode, work);
        if (students != null) {
            similarity.writeTo(output.root());
        }
        ClassSummaryPage.write(output.root(), settings, results, similarity);
    }

    private static SimilarityReport similarity(List<StudentSubmission> students, Path baseCode, Path work) {
        Path folder = FileTrees.createTempDirectory(work, "similarity-");
        try {
            return SimilarityReport.compute(SimilarityReport.collectSources(students, folder), baseCode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot collect the submissions' sources", e);
        } finally {
            FileTrees.deleteTree(folder);
        }
    }
}
