// FIXTURE rootsum-correct-allreduce: correct; Allreduce instead of Reduce (every rank gets the total, only rank 0 prints it). Expected: pass at every rank count and every m.
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
        double[] part = new double[1];
        for (long i = rank; i <= m[0]; i += size) {
            part[0] += Math.sqrt(i);
        }
        System.out.println("The partial sum of rank " + rank + " is " + part[0]);
        double[] total = new double[1];
        MPI.COMM_WORLD.Allreduce(part, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM);
        if (rank == 0) {
            System.out.println("The total sum is " + total[0]);
        }
        MPI.Finalize();
    }
}
