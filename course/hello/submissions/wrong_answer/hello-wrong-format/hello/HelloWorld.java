// FIXTURE hello-wrong-format: right information, wrong wording ("Hello world from process R of N"). Expected: fail (format) at every rank count.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        System.out.println("Hello world from process " + rank + " of " + size);
        MPI.Finalize();
    }
}
