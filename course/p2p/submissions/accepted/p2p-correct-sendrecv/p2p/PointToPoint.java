// FIXTURE p2p-correct-sendrecv: correct, written with Sendrecv: rank 0 swaps an acknowledgement (tag 12) for each square (tag 11), in rank order. Expected: pass at every rank count.
package p2p;

import mpi.MPI;

public class PointToPoint {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] ack = {1};
        int[] sq = new int[1];
        if (rank == 0) {
            for (int src = 1; src < size; src++) {
                MPI.COMM_WORLD.Sendrecv(ack, 0, 1, MPI.INT, src, 12, sq, 0, 1, MPI.INT, src, 11);
                System.out.println("Received from process " + src + " : sq = " + sq[0]);
            }
        } else {
            sq[0] = rank * rank;
            int[] got = new int[1];
            MPI.COMM_WORLD.Sendrecv(sq, 0, 1, MPI.INT, 0, 11, got, 0, 1, MPI.INT, 0, 12);
        }
        MPI.Finalize();
    }
}
