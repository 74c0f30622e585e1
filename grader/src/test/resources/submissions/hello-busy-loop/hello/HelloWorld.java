// FIXTURE hello-busy-loop: rank 1 spins for ever in while(true) after printing (a full core busy, never finalizes). Expected: pass at 1 rank; timeout at 2+ although every line was printed.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        long spins = 0;
        if (rank == 1) {
            while (true) {
                spins++; // "wait for the others"
            }
        }
        MPI.Finalize();
    }
}
