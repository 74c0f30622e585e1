// FIXTURE p2p-deadlock: rank 0 first sends a "go" to each rank while every rank first sends its square: both sides block in Send (MPJ's Send waits for the matching Recv). Expected: pass at 1 rank (nothing to do); timeout (deadlock, idle) at 2+ with no line printed.
package p2p;

import mpi.MPI;

public class PointToPoint {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] buf = new int[1];
        if (rank == 0) {
            for (int p = 1; p < size; p++) {
                MPI.COMM_WORLD.Send(new int[] {1}, 0, 1, MPI.INT, p, 10); // "go"
                MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, p, 11);
                System.out.println("Received from process " + p + " : sq = " + buf[0]);
            }
        } else {
            MPI.COMM_WORLD.Send(new int[] {rank * rank}, 0, 1, MPI.INT, 0, 11);
            MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, 0, 10); // wait for "go"
        }
        MPI.Finalize();
    }
}
