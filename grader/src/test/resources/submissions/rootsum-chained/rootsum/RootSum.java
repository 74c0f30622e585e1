// FIXTURE rootsum-chained: rank R starts on its terms only after rank R-1 has sent it a token (a pipeline): right lines, taught calls made, work split evenly, ranks run one after another. Expected: output passes everywhere; the parallel runs fail the work spread (modelled speedup about 1), with the hint that the ranks wait for one another.
package rootsum;

import mpi.MPI;

/**
 * A pipeline: rank R starts on its terms only after rank R-1 has told it that its own part is done. Right sums,
 * the work evenly split, and the ranks run one after another.
 */
public class RootSum {
    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        long[] m = new long[1];
        if (rank == 0) {
            m[0] = rest.length > 0 ? Long.parseLong(rest[0]) : 1234567;
        }
        MPI.COMM_WORLD.Bcast(m, 0, 1, MPI.LONG, 0);
        int[] token = new int[1];
        if (rank > 0) {
            MPI.COMM_WORLD.Recv(token, 0, 1, MPI.INT, rank - 1, 3);
        }
        double partial = 0.0;
        for (long i = rank; i <= m[0]; i += size) {
            partial += Math.sqrt(i);
        }
        if (rank < size - 1) {
            MPI.COMM_WORLD.Send(token, 0, 1, MPI.INT, rank + 1, 3);
        }
        System.out.println("The partial sum of rank " + rank + " is " + partial);
        double[] total = new double[1];
        MPI.COMM_WORLD.Reduce(new double[] {partial}, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM, 0);
        if (rank == 0) {
            System.out.println("The total sum is " + total[0]);
        }
        MPI.Finalize();
    }
}
