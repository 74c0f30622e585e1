// Hostile: rank 1 allocates without end. Expected: pass at 1; resource limit (memory) at 2+.
package hello;

import java.util.ArrayList;
import java.util.List;
import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rank == 1) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        MPI.Finalize();
    }
}
