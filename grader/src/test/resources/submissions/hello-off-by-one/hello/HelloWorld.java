// FIXTURE hello-off-by-one: counts ranks from 1 (prints rank+1, so "rank N of N" appears and "rank 0" is missing). Expected: fail at every rank count.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank() + 1; // humans count from 1
        int size = MPI.COMM_WORLD.Size();
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        MPI.Finalize();
    }
}
