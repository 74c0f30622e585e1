package org.mpjgrader.batch;

import org.mpjgrader.result.RunGrade;

/**
 * What a failure is, whoever made it: the exercise, the verdict and the message's first line with what varies
 * from student to student (rank counts, numbers, quoted text, file lines) taken out, so that the same mistake
 * of many students counts as one cause.
 */
public record FailureSignature(String exercise, String verdict, String shape) {

    public static FailureSignature of(RunGrade run) {
        String first = run.message().lines().findFirst().orElse("");
        // "hello at 3 ranks: " names the run, not the cause.
        String cause = first.replaceFirst("^\\S+ at \\d+ ranks?: ", "");
        String shape = cause.replaceAll("\"[^\"]*\"", "\"…\"")
            .replaceAll("\\.java:\\d+", ".java:N")
            .replaceAll("-?\\d+(\\.\\d+)?([eE]-?\\d+)?", "N");
        return new FailureSignature(run.exerciseId(), run.verdict().name(), shape);
    }
}
