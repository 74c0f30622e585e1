// FIXTURE rootsum-deadlock: Reduce is called inside if (rank == 0) only, so rank 0 waits for ever for the others' contributions. Expected: pass at 1 rank; timeout at 2+ (after every partial sum line).
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
        double[] partial = new double[1];
        for (long i = rank; i <= m[0]; i += size) {
            partial[0] += Math.sqrt(i);
        }
        System.out.println("The partial sum of rank " + rank + " is " + partial[0]);
        if (rank == 0) {
            double[] total = new double[1];
            MPI.COMM_WORLD.Reduce(partial, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM, 0);
            System.out.println("The total sum is " + total[0]);
        }
        MPI.Finalize();
    }
}
