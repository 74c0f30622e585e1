// FIXTURE p2p-correct-anysource-sorted: correct; rank 0 receives with ANY_SOURCE in arrival order, files each value under status.source and prints them in rank order at the end. Expected: pass at every rank count.
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
            int[] bySource = new int[size];
            int[] buf = new int[1];
            for (int n = 1; n < size; n++) {
                Status st = MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, MPI.ANY_SOURCE, 11);
                bySource[st.source] = buf[0];
            }
            for (int src = 1; src < size; src++) {
                System.out.println("Received from process " + src + " : sq = " + bySource[src]);
            }
        }
        MPI.Finalize();
    }
}
