// FIXTURE rootsum-no-bcast: every rank parses m from its own command line instead of receiving it from rank 0 by Bcast; output identical to the reference. Expected: pass on output at every rank count; only a check of the MPI calls (trace) sees the missing Bcast; a teacher would take off a little.
package rootsum;

import mpi.MPI;

public class RootSum {
    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        long m = rest.length > 0 ? Long.parseLong(rest[0]) : 1234567;
        double[] partial = new double[1];
        for (long i = rank; i <= m; i += size) {
            partial[0] += Math.sqrt(i);
        }
        System.out.println("The partial sum of rank " + rank + " is " + partial[0]);
        double[] total = new double[1];
        MPI.COMM_WORLD.Reduce(partial, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM, 0);
        if (rank == 0) {
            System.out.println("The total sum is " + total[0]);
        }
        MPI.Finalize();
    }
}
