// FIXTURE rootsum-crash-rank: keeps per-rank sums in an array sized for two ranks; rank 2 and up throw ArrayIndexOutOfBoundsException after their loop. Expected: pass at 1 and 2 ranks; fail (crash on rank 2+) at 3, 4 and 8.
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
        double[] sums = new double[2];
        for (long i = rank; i <= m[0]; i += size) {
            sums[rank] += Math.sqrt(i);
        }
        System.out.println("The partial sum of rank " + rank + " is " + sums[rank]);
        double[] total = new double[1];
        MPI.COMM_WORLD.Reduce(new double[] {sums[rank]}, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM, 0);
        if (rank == 0) {
            System.out.println("The total sum is " + total[0]);
        }
        MPI.Finalize();
    }
}
