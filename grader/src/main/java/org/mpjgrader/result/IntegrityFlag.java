package org.mpjgrader.result;

/**
 * Something a run's program tried that the sandbox denies or the grader forbids, as the instructor reads it.
 *
 * @param kind    {@code read}, {@code write}, {@code network}, {@code process}, {@code exit}, {@code grader_code},
 *                {@code grader_names}, {@code result_file}, {@code channel} or {@code threads}
 * @param message {@code rank 0 tried to start a process: sh (at HelloWorld.java:13)}
 * @param count   how many distinct things of the kind it tried (paths, addresses, lines)
 * @param forged  it forged a result (a results file, lines imitating the grader's channel): fails the run by default
 * @param zeroable the course's setting {@code zero} zeroes a run for it (not for a {@code System.exit} or threads
 *                left running, which cost their points already and are as often mistakes as attempts)
 */
public record IntegrityFlag(String kind, String message, long count, boolean forged, boolean zeroable) {
    /** The words of the gradebook's column and the summary for a kind. */
    public static String label(String kind) {
        return switch (kind) {
            case "read" -> "read outside";
            case "write" -> "wrote outside";
            case "network" -> "network";
            case "process" -> "process";
            case "exit" -> "exit";
            case "grader_code" -> "grader's classes";
            case "grader_names" -> "grader's package";
            case "result_file" -> "forged result file";
            case "channel" -> "forged channel lines";
            case "threads" -> "threads left";
            default -> kind;
        };
    }
}
