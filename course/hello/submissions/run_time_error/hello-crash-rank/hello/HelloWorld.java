// FIXTURE hello-crash-rank: a greeting table sized for two processes; rank 2 (and up) throws ArrayIndexOutOfBoundsException before printing. Expected: pass at 1 and 2 ranks; fail (crash on rank 2+) at 3, 4 and 8.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        String[] greeting = {"Hello", "Hello"};
        System.out.println(greeting[rank] + " World from rank " + rank + " of a total of " + size + " processes");
        MPI.Finalize();
    }
}
