// FIXTURE hello-deadlock: tries to print in rank order with a token ring, but rank 0 also waits for the token before printing, so every rank waits (at 1 rank it waits for itself). Expected: timeout (deadlock, idle CPU) at every rank count, nothing printed.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] token = new int[1];
        // wait for my turn, print, pass the token on
        MPI.COMM_WORLD.Recv(token, 0, 1, MPI.INT, (rank - 1 + size) % size, 0);
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        MPI.COMM_WORLD.Send(token, 0, 1, MPI.INT, (rank + 1) % size, 0);
        MPI.Finalize();
    }
}
