package probe;

import java.util.concurrent.TimeUnit;
import mpi.MPI;

/**
 * Sleeps five minutes in all on every rank, in each of the three ways the clock counts, then sends to rank 0, which
 * receives from any rank: a run that made its sleeps in full would not end within the limit of a test.
 */
public class Nap {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        Thread.sleep(100_000);
        Thread.sleep(100_000, 500_000);
        TimeUnit.SECONDS.sleep(100);
        int[] message = {rank};
        if (rank == 0) {
            for (int i = 1; i < size; i++) {
                MPI.COMM_WORLD.Recv(message, 0, 1, MPI.INT, MPI.ANY_SOURCE, 1);
            }
        } else {
            MPI.COMM_WORLD.Send(message, 0, 1, MPI.INT, 0, 1);
        }
        MPI.Finalize();
    }
}
