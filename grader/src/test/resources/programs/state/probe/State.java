package probe;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mpi.MPI;

/**
 * Rank 0 says what an earlier run could have left (a static counter, files in the working folder, a system
 * property), then leaves something itself: {@code file}, {@code property}, or {@code escape} (a thread in the
 * JVM's root thread group, outside the rank's own).
 */
public class State {
    static int runs;

    public static void main(String[] args) throws Exception {
        String[] rest = MPI.Init(args);
        runs++;
        if (MPI.COMM_WORLD.Rank() == 0) {
            String[] here = new File(".").list();
            Arrays.sort(here);
            System.out.println("runs " + runs + " files [" + String.join(",", here) + "] property "
                + System.getProperty("probe.left"));
            switch (rest.length > 0 ? rest[0] : "") {
                case "file" -> Files.writeString(Path.of("left-behind.txt"), "x");
                case "property" -> System.setProperty("probe.left", "yes");
                case "escape" -> escape();
                default -> { }
            }
        }
        MPI.Finalize();
    }

    private static void escape() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread thread = new Thread(root, () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // ended with the JVM
            }
        }, "escaped");
        thread.setDaemon(true);
        thread.start();
    }
}
