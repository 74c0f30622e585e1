// FIXTURE rootsum-block-split: splits 0..m into contiguous blocks (remainder handled) instead of cyclically: the total is right but the partial sums are not the contract's. Expected: pass at 1 rank; fail (partial sums) at 2+.
package rootsum;

import mpi.MPI;

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
        long count = m[0] + 1;
        long from = rank * count / size;
        long to = (rank + 1) * count / size;
        double partial = 0;
        for (long i = from; i < to; i++) {
            partial += Math.sqrt(i);
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
