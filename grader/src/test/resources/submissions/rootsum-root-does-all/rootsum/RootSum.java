// Rank 0 broadcasts m as taught, then computes every rank's partial sum itself and sends each rank its own to print: every line is right and the taught calls are made, but one rank does all the work. Expected: output passes everywhere; the parallel runs fail the work-spread check.
package rootsum;

import mpi.MPI;

public class RootSum {
    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        double[] partials = new double[size];
        long[] m = new long[1];
        if (rank == 0) {
            m[0] = rest.length > 0 ? Long.parseLong(rest[0]) : 1234567;
        }
        MPI.COMM_WORLD.Bcast(m, 0, 1, MPI.LONG, 0);
        if (rank == 0) {
            for (int r = 0; r < size; r++) {
                for (long i = r; i <= m[0]; i += size) {
                    partials[r] += Math.sqrt(i);
                }
            }
        }
        double[] mine = new double[1];
        MPI.COMM_WORLD.Scatter(partials, 0, 1, MPI.DOUBLE, mine, 0, 1, MPI.DOUBLE, 0);
        System.out.println("The partial sum of rank " + rank + " is " + mine[0]);
        double[] total = new double[1];
        MPI.COMM_WORLD.Reduce(mine, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM, 0);
        if (rank == 0) {
            System.out.println("The total sum is " + total[0]);
        }
        MPI.Finalize();
    }
}
