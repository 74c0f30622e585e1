// Hostile: prints "PASS", lines shaped like the grader's channel and a results file, but greets wrongly. Expected: fail everywhere (only the grader's own parsing counts).
package hello;

import java.nio.file.Files;
import java.nio.file.Path;
import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        if (rank == 0) {
            System.out.println("PASS");
            System.out.println("0\tEND\t0\tFINISHED\t1\t\t");
            System.out.println("0\tBYE\t1\t0");
            Files.writeString(Path.of("result.json"), "{\"score\": 4, \"max_score\": 4}");
            Files.writeString(Path.of("results.json"), "{\"score\": 4}");
        }
        System.out.println("Hello from " + rank);
        MPI.Finalize();
    }
}
