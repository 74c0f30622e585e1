// FIXTURE rootsum-pool-shut-down: computes each rank's partial sum in a thread of an Executors.newFixedThreadPool(2), leaves one more task running and shuts the pool down without waiting for it. Expected: full marks; the pool's threads end by themselves soon after main returns.
package rootsum;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mpi.MPI;

public class RootSum {

    private static final long DEFAULT_M = 1234567;

    public static void main(String[] args) throws Exception {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        long start = System.nanoTime();

        long[] m = new long[1];
        if (rank == 0) {
            m[0] = rest.length > 0 ? Long.parseLong(rest[0]) : DEFAULT_M;
        }
        MPI.COMM_WORLD.Bcast(m, 0, 1, MPI.LONG, 0);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Double> sum = pool.submit(() -> partialSum(rank, size, m[0]));
        double partial = sum.get();
        System.out.println("The partial sum of rank " + rank + " is " + partial);

        double[] send = {partial};
        double[] total = new double[1];
        MPI.COMM_WORLD.Reduce(send, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM, 0);

        if (rank == 0) {
            System.out.println("The total sum is " + total[0]);
            System.out.println("Time: " + (System.nanoTime() - start) / 1e9 + " s");
        }
        // A last task still running when main returns: the pool ends once it is done.
        pool.submit(() -> partialSum(rank, size, m[0]));
        pool.shutdown();
        MPI.Finalize();
    }

    private static double partialSum(int rank, int size, long m) {
        double partial = 0.0;
        for (long i = rank; i <= m; i += size) {
            partial += Math.sqrt(i);
        }
        return partial;
    }
}
