package probe;

import mpi.MPI;

/**
 * Work the clock must count the same in every run: rank R loops 10,000 * (R + 1) times, sleeps 5 ms, has a thread of
 * its own loop 10,000 times (joined), then sends its sum to rank 0, which receives them all.
 */
public class Work {
    static long sink;

    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        long sum = loop(10_000L * (rank + 1));
        Thread.sleep(5);
        Thread helper = new Thread(() -> sink += loop(10_000));
        helper.start();
        helper.join();
        long[] message = {sum};
        if (rank == 0) {
            for (int source = 1; source < size; source++) {
                MPI.COMM_WORLD.Recv(message, 0, 1, MPI.LONG, source, 4);
            }
        } else {
            MPI.COMM_WORLD.Send(message, 0, 1, MPI.LONG, 0, 4);
        }
        MPI.Finalize();
    }

    static long loop(long n) {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i % 7;
        }
        return sum;
    }
}
