// FIXTURE rootsum-hardcoded: computes the partial sums but prints the memorised total for m = 1234567 instead of reducing. Expected: pass with the default m at every rank count; fail with any other m.
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
        for (long i = rank; i <= m[0]; i += size) {
            partial += Math.sqrt(i);
        }
        System.out.println("The partial sum of rank " + rank + " is " + partial);
        if (rank == 0) {
            System.out.println("The total sum is 914494295.6312065");
        }
        MPI.Finalize();
    }
}
