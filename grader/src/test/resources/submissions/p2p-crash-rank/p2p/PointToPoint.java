// FIXTURE p2p-crash-rank: each sender writes its square at index rank of a two-element array; rank 2 and up throw ArrayIndexOutOfBoundsException. Expected: pass at 1 and 2 ranks; fail (crash on rank 2+) at 3, 4 and 8.
package p2p;

import mpi.MPI;

public class PointToPoint {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] squares = new int[2];
        if (rank == 0) {
            for (int src = 1; src < size; src++) {
                MPI.COMM_WORLD.Recv(squares, 0, 1, MPI.INT, src, 11);
                System.out.println("Received from process " + src + " : sq = " + squares[0]);
            }
        } else {
            squares[rank] = rank * rank;
            MPI.COMM_WORLD.Send(squares, rank, 1, MPI.INT, 0, 11);
        }
        MPI.Finalize();
    }
}
