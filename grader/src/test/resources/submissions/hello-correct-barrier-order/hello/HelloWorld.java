// FIXTURE hello-correct-barrier-order: correct; tries to print in rank order with a Barrier per turn (order still not guaranteed, lines are right). Expected: pass at every rank count.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        for (int turn = 0; turn < size; turn++) {
            if (turn == rank) {
                System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
                System.out.flush();
            }
            MPI.COMM_WORLD.Barrier();
        }
        MPI.Finalize();
    }
}
