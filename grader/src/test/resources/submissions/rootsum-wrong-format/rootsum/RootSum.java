// FIXTURE rootsum-wrong-format: right numbers, wrong lines ("Rank R: partial sum = P", "Total = T"). Expected: fail (format) at every rank count.
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
        System.out.println("Rank " + rank + ": partial sum = " + partial[0]);
        double[] total = new double[1];
        MPI.COMM_WORLD.Reduce(partial, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM, 0);
        if (rank == 0) {
            System.out.println("Total = " + total[0]);
        }
        MPI.Finalize();
    }
}
