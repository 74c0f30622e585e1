// FIXTURE p2p-missing-last: off-by-one, rank 0 loops src < size-1, so the last rank's message is never received and its blocking Send never returns. Expected: pass at 1 rank; timeout at 2+ (lines for 1..size-2 printed, then a hang).
package p2p;

import mpi.MPI;

public class PointToPoint {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] buf = new int[1];
        if (rank == 0) {
            for (int src = 1; src < size - 1; src++) {
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
