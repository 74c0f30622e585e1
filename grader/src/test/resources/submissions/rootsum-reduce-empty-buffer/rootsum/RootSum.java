// FIXTURE rootsum-reduce-empty-buffer: gives Reduce a zero-length receive buffer on non-root ranks ("only the root receives"); MPJ Express writes there anyway and throws ArrayIndexOutOfBoundsException. Expected: pass at 1 rank; fail (crash) at 2+.
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
        double[] total = new double[rank == 0 ? 1 : 0];
        MPI.COMM_WORLD.Reduce(partial, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM, 0);
        if (rank == 0) {
            System.out.println("The total sum is " + total[0]);
        }
        MPI.Finalize();
    }
}
