// FIXTURE rootsum-every-rank-repeats: every rank runs over all of i = 0..m and keeps its own terms: right lines, taught calls made, and each rank repeats the whole work. Expected: output passes everywhere; the parallel runs fail the work spread (modelled speedup 1.00), with the hint that the ranks did N times the work of 1 rank.
package rootsum;

import mpi.MPI;

/** Every rank runs over all of i = 0..m and keeps its own terms: right sums, and each rank repeats the whole work. */
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
        double partial = 0.0;
        for (long i = 0; i <= m[0]; i++) {
            double root = Math.sqrt(i);
            if (i % size == rank) {
                partial += root;
            }
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
