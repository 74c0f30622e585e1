// FIXTURE rootsum-correct-package-private: the reference solution with only `public` removed from its class (Java's launcher and MPJ Express run such a class). Expected: pass at every rank count with full marks.
package rootsum;

import mpi.MPI;

/**
 * Lesson 09, broadcast and reduce: the sum of sqrt(i) for i = 0..m.
 *
 * <p>Rank 0 reads m and broadcasts it (set-up with Bcast), every rank adds up its share of the
 * terms, and Reduce collects the partial sums on rank 0 (collecting with Reduce). The terms are
 * dealt out cyclically, like cards: rank R takes i = R, R+N, R+2N, ... so every rank gets an
 * almost equal share whatever m is, with no remainder to handle.
 */
class RootSum {

    /** Used when no argument is given: the sum is 914494295.631... */
    private static final long DEFAULT_M = 1234567;

    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        long start = System.nanoTime(); // MPI.Wtime() only has whole seconds in MPJ Express

        // Only rank 0 reads the input, as it would read a file or the keyboard; the others learn
        // m from the broadcast. Bcast needs an array, so m travels in a one-element long[].
        long[] m = new long[1];
        if (rank == 0) {
            m[0] = rest.length > 0 ? Long.parseLong(rest[0]) : DEFAULT_M;
        }
        MPI.COMM_WORLD.Bcast(m, 0, 1, MPI.LONG, 0);

        // Cyclic split: i runs over rank, rank+size, ... up to and including m.
        // i is a long so that i += size cannot overflow near the end of the range.
        double partial = 0.0;
        for (long i = rank; i <= m[0]; i += size) {
            partial += Math.sqrt(i);
        }
        System.out.println("The partial sum of rank " + rank + " is " + partial);

        // Reduce writes into the receive buffer on every rank in MPJ Express, not only on the
        // root, so every rank passes a full-size (here one-element) receive buffer.
        double[] send = {partial};
        double[] total = new double[1];
        MPI.COMM_WORLD.Reduce(send, 0, total, 0, 1, MPI.DOUBLE, MPI.SUM, 0);

        if (rank == 0) {
            System.out.println("The total sum is " + total[0]);
            System.out.println("Time: " + (System.nanoTime() - start) / 1e9 + " s");
        }
        MPI.Finalize();
    }
}
