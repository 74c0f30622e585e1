// FIXTURE p2p-tag-zero: correct output but both sides use tag 0 instead of the contract's tag 11. Expected: pass on output at every rank count; only a check of the MPI calls (trace) can see the tag; a teacher would take off a little.
package p2p;

import mpi.MPI;

public class PointToPoint {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] buf = new int[1];
        if (rank == 0) {
            for (int src = 1; src < size; src++) {
                MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, src, 0);
                System.out.println("Received from process " + src + " : sq = " + buf[0]);
            }
        } else {
            buf[0] = rank * rank;
            MPI.COMM_WORLD.Send(buf, 0, 1, MPI.INT, 0, 0);
        }
        MPI.Finalize();
    }
}
