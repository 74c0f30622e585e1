// Hostile: looks for the reference solutions, other submissions, the grader's results, /etc/passwd and the home folders, and throws if it finds any; otherwise a correct hello. Expected: pass everywhere (nothing of it is there to read).
package hello;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rank == 0) {
            List<String> found = new ArrayList<>();
            for (String name : List.of("/etc/passwd", "/etc/shadow", "/root", "/home", "../solutions",
                    "../../solutions", "../../../solutions")) {
                if (Files.isReadable(Path.of(name))) {
                    found.add(name);
                }
            }
            // Any source or JSON file anywhere but the system's own folders: solutions, submissions, results.
            Set<String> system = Set.of("/proc", "/sys", "/dev", "/usr");
            Files.walkFileTree(Path.of("/"), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return system.contains(dir.toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".java") || name.endsWith(".json") || name.endsWith(".slurm")) {
                        found.add(file.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
            if (!found.isEmpty()) {
                throw new IllegalStateException("could read " + found.subList(0, Math.min(5, found.size())));
            }
        }
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        MPI.Finalize();
    }
}
