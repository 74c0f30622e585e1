// FIXTURE hello-wrong-size: hard-codes the number of processes as 4 (copied from the example output). Expected: pass at 4 ranks only, fail at 1, 2, 3 and 8.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        System.out.println("Hello World from rank " + rank + " of a total of 4 processes");
        MPI.Finalize();
    }
}
