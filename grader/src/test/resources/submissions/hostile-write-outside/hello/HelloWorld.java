// Hostile: writes a file in its own folder (allowed), then tries outside it (the parent folder, /tmp, /, the home folder) and throws if any of those worked; otherwise a correct hello. Expected: pass everywhere, no file outside the run's folder.
package hello;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rank == 0) {
            Files.writeString(Path.of("own-scratch.txt"), "allowed");
            List<String> escaped = new ArrayList<>();
            for (String name : List.of("../hostile-escaped.txt", "/tmp/hostile-escaped.txt", "/hostile-escaped.txt",
                    "/usr/hostile-escaped.txt", System.getenv().getOrDefault("HOME", "/root") + "/../hostile-escaped.txt")) {
                try {
                    Files.writeString(Path.of(name), "escaped");
                    escaped.add(name);
                } catch (Exception refused) {
                    // As it should be.
                }
            }
            if (!escaped.isEmpty()) {
                throw new IllegalStateException("could write " + escaped);
            }
        }
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        MPI.Finalize();
    }
}
