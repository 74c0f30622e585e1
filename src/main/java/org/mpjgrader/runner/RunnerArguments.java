package org.mpjgrader.runner;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the grader asks of one run, from the runner's command line:
 * {@code NP CLASSES RANK_CLASSPATH MAIN_CLASS TIME_LIMIT_MS OUTPUT_LIMIT_BYTES THREAD_LIMIT PROCESS_LIMIT
 * [program arguments...]}. The thread limit counts threads the ranks start beyond their own.
 * RANK_CLASSPATH holds the jars each rank loads privately (MPJ's {@code mpi} and {@code mpjdev}).
 */
record RunnerArguments(int np, Path classes, List<Path> rankClassPath, String mainClass,
                       long timeLimitMillis, long outputLimitBytes, int threadLimit, int processLimit,
                       List<String> programArguments) {

    static RunnerArguments parse(String[] args) {
        if (args.length < 8) {
            throw new IllegalArgumentException("usage: RankRunner NP CLASSES RANK_CLASSPATH MAIN_CLASS TIME_LIMIT_MS"
                + " OUTPUT_LIMIT_BYTES THREAD_LIMIT PROCESS_LIMIT [ARGS...]");
        }
        List<Path> rankClassPath = new ArrayList<>();
        for (String entry : args[2].split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                rankClassPath.add(Path.of(entry));
            }
        }
        return new RunnerArguments(Integer.parseInt(args[0]), Path.of(args[1]), rankClassPath, args[3],
            Long.parseLong(args[4]), Long.parseLong(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]),
            Arrays.asList(args).subList(8, args.length));
    }

    /** The class path of one rank's loader: the student's classes first, then MPJ's per-rank jars. */
    URL[] rankUrls() {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            for (Path jar : rankClassPath) {
                urls.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
        return urls.toArray(URL[]::new);
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
