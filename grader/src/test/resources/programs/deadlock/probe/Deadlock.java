package probe;

import mpi.MPI;

/** Every rank receives from its right neighbour before anyone sends: a cycle of waits. */
public class Deadlock {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] b = new int[1];
        MPI.COMM_WORLD.Recv(b, 0, 1, MPI.INT, (rank + 1) % size, 11);
        MPI.COMM_WORLD.Send(b, 0, 1, MPI.INT, (rank + size - 1) % size, 11);
        MPI.Finalize();
    }
}
