// FIXTURE hello-exit-one-rank: rank 1 calls System.exit(3) before printing, which ends every rank of the (single-JVM) multicore run. Expected: pass at 1 rank; fail at 2+ (abnormal exit with status 3, rank 1's line missing, other ranks' lines vary from run to run).
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rank == 1) {
            System.exit(3); // "nothing to do here"
        }
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        MPI.Finalize();
    }
}
