package probe;

import mpi.MPI;

/** Rank 0 prints far more than any limit allows. */
public class Flood {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 0) {
            String line = "x".repeat(99);
            for (int i = 0; i < 200_000; i++) {
                System.out.println(line);
            }
        }
        MPI.Finalize();
    }
}
