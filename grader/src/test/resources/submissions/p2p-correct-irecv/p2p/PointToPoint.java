// FIXTURE p2p-correct-irecv: correct, non-blocking: rank 0 posts every Irecv first and waits for them in rank order; the others Isend and Wait. Expected: pass at every rank count.
package p2p;

import mpi.MPI;
import mpi.Request;

public class PointToPoint {
    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rank == 0) {
            int[][] values = new int[size][1];
            Request[] pending = new Request[size];
            for (int src = 1; src < size; src++) {
                pending[src] = MPI.COMM_WORLD.Irecv(values[src], 0, 1, MPI.INT, src, 11);
            }
            for (int src = 1; src < size; src++) {
                pending[src].Wait();
                System.out.println("Received from process " + src + " : sq = " + values[src][0]);
            }
        } else {
            int[] mine = {rank * rank};
            Request r = MPI.COMM_WORLD.Isend(mine, 0, 1, MPI.INT, 0, 11);
            r.Wait();
        }
        MPI.Finalize();
    }
}
