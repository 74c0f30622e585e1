// FIXTURE p2p-wrong-order: rank 0 receives from size-1 down to 1, so the lines come in reverse rank order (values right). Expected: pass at 1 and 2 ranks; fail (order) at 3, 4 and 8.
package p2p;

import mpi.MPI;

public class PointToPoint {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] buf = new int[1];
        if (rank == 0) {
            for (int src = size - 1; src >= 1; src--) {
                MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, src, 11);
                System.out.println("Received from process " + src + " : sq = " + buf[0]);
            }
        } else {
            buf[0] = rank * rank;
            MPI.COMM_WORLD.Send(buf, 0, 1, MPI.INT, 0, 11);
        }
        MPI.Finalize();
    }
}
