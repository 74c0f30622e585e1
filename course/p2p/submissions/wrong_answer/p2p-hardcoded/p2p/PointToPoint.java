// FIXTURE p2p-hardcoded: no communication at all; rank 0 prints the three lines of the 4-process example. Expected: pass at 4 ranks only; fail at 1, 2, 3 and 8.
package p2p;

import mpi.MPI;

public class PointToPoint {
    public static void main(String[] args) {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 0) {
            for (int p = 1; p <= 3; p++) {
                System.out.println("Received from process " + p + " : sq = " + p * p);
            }
        }
        MPI.Finalize();
    }
}
