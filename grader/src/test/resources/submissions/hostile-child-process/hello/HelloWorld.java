// Hostile: rank 0 starts sh -c 'sleep 4242; ...' meant to outlive the run, then greets correctly. Expected: pass everywhere, and no sleep 4242 left on the machine.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rank == 0) {
            new ProcessBuilder("sh", "-c", "sleep 4242; echo still here").start();
        }
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        MPI.Finalize();
    }
}
