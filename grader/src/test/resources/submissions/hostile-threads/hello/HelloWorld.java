// Hostile: rank 0 starts non-daemon threads that never end, one every millisecond. Expected: resource limit (threads) everywhere.
package hello;

import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        if (rank == 0) {
            while (true) {
                new Thread(() -> {
                    while (true) {
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException ignored) {
                            // never ends
                        }
                    }
                }).start();
                Thread.sleep(1);
            }
        }
        MPI.Finalize();
    }
}
