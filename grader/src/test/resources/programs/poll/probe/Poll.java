package probe;

import mpi.MPI;
import mpi.Status;

/**
 * Every rank but 0 sends rank 0 one message (tag 1); rank 0 polls with Iprobe from any rank until it has them all,
 * receiving each from the sender the poll found, and prints each sender and, last, how many polls found nothing.
 */
public class Poll {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] message = {rank};
        if (rank == 0) {
            int empty = 0;
            for (int received = 0; received < size - 1; ) {
                Status found = MPI.COMM_WORLD.Iprobe(MPI.ANY_SOURCE, 1);
                if (found == null) {
                    empty++;
                    continue;
                }
                MPI.COMM_WORLD.Recv(message, 0, 1, MPI.INT, found.source, 1);
                System.out.println("from " + message[0]);
                received++;
            }
            System.out.println("empty polls " + empty);
        } else {
            MPI.COMM_WORLD.Send(message, 0, 1, MPI.INT, 0, 1);
        }
        MPI.Finalize();
    }
}
