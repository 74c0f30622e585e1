// FIXTURE p2p-wrong-format: prints "Received from process R: sq=S" (spacing differs from the contract). Expected: pass at 1 rank (no lines); fail (format) at 2+.
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
                MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, src, 11);
                System.out.println("Received from process " + src + ": sq=" + buf[0]);
            }
        } else {
            buf[0] = rank * rank;
            MPI.COMM_WORLD.Send(buf, 0, 1, MPI.INT, 0, 11);
        }
        MPI.Finalize();
    }
}
