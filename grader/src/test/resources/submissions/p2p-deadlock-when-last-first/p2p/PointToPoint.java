// FIXTURE p2p-deadlock-when-last-first: rank 0 takes the first square from any rank, assumes it came from rank 1, then receives from ranks 2 .. N-1 in turn: deadlocks when another rank's message is matched first. Expected: pass at 1, 2 ranks; deadlock at 3, 4 ranks with the matching named, in every grading.
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
        } else if (size > 1) {
            int[] buf = new int[1];
            Status first = MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, MPI.ANY_SOURCE, 11);
            System.out.println("Received from process " + first.source + " : sq = " + buf[0]);
            for (int src = 2; src < size; src++) {
                MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, src, 11);
                System.out.println("Received from process " + src + " : sq = " + buf[0]);
            }
        }
        MPI.Finalize();
    }
}
