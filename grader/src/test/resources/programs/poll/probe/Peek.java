package probe;

import mpi.MPI;
import mpi.Status;

/**
 * Every rank but 0 sends rank 0 one message (tag 1); rank 0 waits for each with Probe from any rank, receives it from
 * the sender the probe showed, and prints each sender.
 */
public class Peek {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] message = {rank};
        if (rank == 0) {
            for (int received = 0; received < size - 1; received++) {
                Status shown = MPI.COMM_WORLD.Probe(MPI.ANY_SOURCE, 1);
                MPI.COMM_WORLD.Recv(message, 0, 1, MPI.INT, shown.source, 1);
                System.out.println("from " + message[0]);
            }
        } else {
            MPI.COMM_WORLD.Send(message, 0, 1, MPI.INT, 0, 1);
        }
        MPI.Finalize();
    }
}
