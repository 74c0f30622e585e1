// Hostile: every rank greets, then rank 0 prints 400 MB. Expected: resource limit (output) everywhere.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        if (rank == 0) {
            String line = "x".repeat(1023);
            for (int i = 0; i < 400 * 1024; i++) {
                System.out.println(line);
            }
        }
        MPI.Finalize();
    }
}
