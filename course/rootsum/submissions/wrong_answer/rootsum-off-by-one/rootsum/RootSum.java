// FIXTURE rootsum-off-by-one: loops i < m, so sqrt(m) is left out (total short by about 1111 at m = 1234567, 1.2e-6 relative). Expected: fail at every rank count (the total, and the partial sum of the rank owning m).
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
        double partial = 0;
        for (long i = rank; i < m[0]; i += size) {
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
