// FIXTURE hello-missing-rank: only ranks > 0 print (rank 0 taken for a silent "master"). Expected: fail at every rank count (rank 0's line missing; no output at all at 1 rank).
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rank > 0) {
            System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        }
        MPI.Finalize();
    }
}
