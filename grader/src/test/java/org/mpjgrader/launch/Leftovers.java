package org.mpjgrader.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a run may have left on the machine: processes, found by a word of their command line. */
public final class Leftovers {
    private Leftovers() {
    }

    /**
     * The command lines of the live processes whose command line contains {@code word}, this JVM's aside, after
     * waiting up to 5 s for them to go (a killed process takes a moment to be reaped; a zombie has none).
     */
    public static List<String> processesMentioning(String word) throws InterruptedException {
        List<String> found = List.of();
        for (int i = 0; i < 50; i++) {
            found = processesNow(word);
            if (found.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return found;
    }

    private static List<String> processesNow(String word) {
        long self = ProcessHandle.current().pid();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                .filter(p -> Long.parseLong(p.getFileName().toString()) != self)
                .map(Leftovers::commandLine)
                .filter(line -> line.contains(word))
                .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
    }

    private static String commandLine(Path proc) {
        try {
            return new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ""; // gone meanwhile
        }
    }
}
