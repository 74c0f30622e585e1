package probe;

import mpi.MPI;

/** The last rank indexes past an array; the others finish. */
public class Crash {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int[] data = new int[2];
        if (rank == MPI.COMM_WORLD.Size() - 1) {
            data[rank + 5] = 1;
        }
        MPI.Finalize();
    }
}
