// FIXTURE p2p-anysource-arrival-order: rank 0 receives with ANY_SOURCE and prints each square as it arrives, under status.source: right only when the messages arrive in rank order. Expected: pass at 1, 2 ranks; fail at 3, 4, 8 ranks with the race named, in every grading.
package p2p;

import mpi.MPI;
import mpi.Status;

public class PointToPoint {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rank != 0) {
            MPI.COMM_WORLD.Send(new int[] {rank * rank}, 0, 1, MPI.INT, 0, 11);
        } else {
            int[] buf = new int[1];
            for (int n = 1; n < size; n++) {
                Status st = MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, MPI.ANY_SOURCE, 11);
                System.out.println("Received from process " + st.source + " : sq = " + buf[0]);
            }
        }
        MPI.Finalize();
    }
}
