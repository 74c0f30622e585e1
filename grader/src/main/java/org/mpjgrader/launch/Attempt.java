package org.mpjgrader.launch;

/**
 * Something the program of a run tried that the sandbox denies or the grader forbids, as the runner saw it.
 *
 * @param rank   the rank whose code tried it, -1 for the submission as a whole (classes in the grader's package)
 * @param kind   {@code read}, {@code write}, {@code network}, {@code process}, {@code exit}, {@code grader_code},
 *               {@code grader_names} or {@code result_file}
 * @param detail what it tried: the path or address as the program named it, the command, {@code System.exit(3)}
 * @param site   the program's line that tried it ({@code HelloWorld.java:24}), empty where none
 */
public record Attempt(int rank, String kind, String detail, String site) {
}
