// Hostile: the last rank calls Runtime.halt(7) after greeting: the JVM ends at once, without shutdown hooks. Expected: crash everywhere (the JVM stopped with exit code 7).
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        if (rank == size - 1) {
            Runtime.getRuntime().halt(7);
        }
        MPI.Finalize();
    }
}
