package probe;

import mpi.MPI;

/** Rank 1 calls System.exit(3) while rank 0 waits for it. */
public class Exit {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        if (rank == 1) {
            System.exit(3);
        }
        int[] b = new int[1];
        MPI.COMM_WORLD.Recv(b, 0, 1, MPI.INT, 1, 0);
        MPI.Finalize();
    }
}
