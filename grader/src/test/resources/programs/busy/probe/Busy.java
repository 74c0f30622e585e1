package probe;

import mpi.MPI;

/** Rank 1 spins forever; rank 0 waits for it in a Barrier. */
public class Busy {
    static volatile long counter;

    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 1) {
            while (true) {
                counter++;
            }
        }
        MPI.COMM_WORLD.Barrier();
        MPI.Finalize();
    }
}
