// FIXTURE rootsum-float-sum: accumulates in a float and reduces with MPI.FLOAT: about 7 significant digits, so every sum is off far beyond 1e-9. Expected: fail at every rank count.
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
        float[] partial = new float[1];
        for (long i = rank; i <= m[0]; i += size) {
            partial[0] += (float) Math.sqrt(i);
        }
        System.out.println("The partial sum of rank " + rank + " is " + partial[0]);
        float[] total = new float[1];
        MPI.COMM_WORLD.Reduce(partial, 0, total, 0, 1, MPI.FLOAT, MPI.SUM, 0);
        if (rank == 0) {
            System.out.println("The total sum is " + total[0]);
        }
        MPI.Finalize();
    }
}
