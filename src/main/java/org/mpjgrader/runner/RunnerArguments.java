package org.mpjgrader.runner;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the grader asks of one run, one request line of fields:
 * {@code NP CLASSES RUN_CLASSPATH RANK_CLASSPATH MAIN_CLASS TIME_LIMIT_MS OUTPUT_LIMIT_BYTES THREAD_LIMIT
 * PROCESS_LIMIT COUNT|UNCOUNTED MATCHING FULL|SHORTENED [program arguments...]} (UNCOUNTED: the program's classes are
 * not woven to count their work, for the benchmark that measures what counting costs; MATCHING: the
 * {@link MatchingSchedule} of the run's wildcard receives, {@code -} for none; SHORTENED: the program's sleeps take a
 * hundredth of their length, see {@link WorkClock}). The thread limit counts threads the ranks start beyond their own.
 * RUN_CLASSPATH holds what all ranks of a run share (MPJ's devices, loaded afresh for every run, so that no
 * state of theirs outlives it); RANK_CLASSPATH the jars each rank loads privately (MPJ's {@code mpi} and
 * {@code mpjdev}).
 */
record RunnerArguments(int np, Path classes, List<Path> runClassPath, List<Path> rankClassPath, String mainClass,
                       long timeLimitMillis, long outputLimitBytes, int threadLimit, int processLimit,
                       boolean countWork, String matching, boolean sleepsInFull, List<String> programArguments) {
    private static final int FIXED_FIELDS = 12;

    static RunnerArguments parse(List<String> fields) {
        if (fields.size() < FIXED_FIELDS) {
            throw new IllegalArgumentException("a run request has NP CLASSES RUN_CLASSPATH RANK_CLASSPATH MAIN_CLASS"
                + " TIME_LIMIT_MS OUTPUT_LIMIT_BYTES THREAD_LIMIT PROCESS_LIMIT COUNT|UNCOUNTED MATCHING FULL|SHORTENED [ARGS...],"
                + " got "
                + fields);
        }
        return new RunnerArguments(Integer.parseInt(fields.get(0)), Path.of(fields.get(1)), paths(fields.get(2)),
            paths(fields.get(3)), fields.get(4), Long.parseLong(fields.get(5)), Long.parseLong(fields.get(6)),
            Integer.parseInt(fields.get(7)), Integer.parseInt(fields.get(8)), !"UNCOUNTED".equals(fields.get(9)),
            fields.get(10), !"SHORTENED".equals(fields.get(11)),
            List.copyOf(fields.subList(FIXED_FIELDS, fields.size())));
    }

    private static List<Path> paths(String classPath) {
        List<Path> paths = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                paths.add(Path.of(entry));
            }
        }
        return paths;
    }

    /** The run's shared loader: MPJ's devices and the classes all ranks share (a folder among the jars). */
    ClassLoader runLoader(ClassBytes bytes, ClassLoader parent) {
        return loader("mpj-run", List.of(), false, runClassPath, bytes, parent);
    }

    /** One rank's loader: the student's classes first, then MPJ's per-rank jars. */
    ClassLoader rankLoader(String name, ClassBytes bytes, ClassLoader parent) {
        return loader(name, List.of(classes), countWork, rankClassPath, bytes, parent);
    }

    /** @param counted whether the classes of {@code folders} are the program's, whose work each rank counts */
    private static ClassLoader loader(String name, List<Path> folders, boolean counted, List<Path> classPath,
                                      ClassBytes bytes, ClassLoader parent) {
        List<Path> allFolders = new ArrayList<>(folders);
        List<Path> jars = new ArrayList<>();
        for (Path entry : classPath) {
            (Files.isDirectory(entry) ? allFolders : jars).add(entry);
        }
        return new ProgramClassLoader(name, allFolders, folders, counted ? folders : List.of(), jars, bytes, parent);
    }

    /** What MPJ Express's multicore device expects in a rank's {@code main}: rank, size, device, then the program's own. */
    String[] mainArguments(int rank) {
        String[] mainArgs = new String[3 + programArguments.size()];
        mainArgs[0] = Integer.toString(rank);
        mainArgs[1] = Integer.toString(np);
        mainArgs[2] = "smpdev";
        for (int i = 0; i < programArguments.size(); i++) {
            mainArgs[3 + i] = programArguments.get(i);
        }
        return mainArgs;
    }
}
