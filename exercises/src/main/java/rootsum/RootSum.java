package rootsum;

import mpi.MPI;

/**
 * Lesson 09, broadcast and reduce: the sum of sqrt(i) for i = 0..m, shared out cyclically.
 *
 * <p>Task: see exercises/tasks/rootsum.md. Keep the class name, the package, the reading of the
 * argument on rank 0 (default 1234567) and the calls to MPI.Init and MPI.Finalize; fill in the TODOs.
 */
public class RootSum {

    /** Used when no argument is given: the sum is 914494295.631... */
    private static final long DEFAULT_M = 1234567;

    public static void main(String[] args) {
        String[] rest = MPI.Init(args); // rest: the program's own arguments
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        long start = System.nanoTime(); // MPI.Wtime() only has whole seconds in MPJ Express

        // Only rank 0 reads the input. MPI calls send arrays, so m lives in a one-element array.
        long[] m = new long[1];
        if (rank == 0) {
            m[0] = rest.length > 0 ? Long.parseLong(rest[0]) : DEFAULT_M;
        }

        // TODO 1: broadcast m from rank 0 to every rank:
        //             MPI.COMM_WORLD.Bcast(m, 0, 1, MPI.LONG, 0)
        //         Every rank must make this call, the root included.

        // TODO 2: add up this rank's share of the terms, taken cyclically: i = rank, rank+size,
        //         rank+2*size, ... while i <= m[0] (m itself included). Use a double accumulator
        //         and Math.sqrt; make i a long.

        // TODO 3: print, on every rank, exactly:  The partial sum of rank R is P

        // TODO 4: add the partial sums up on rank 0:
        //             MPI.COMM_WORLD.Reduce(sendArray, 0, receiveArray, 0, 1, MPI.DOUBLE, MPI.SUM, 0)
        //         with one-element double arrays. Give EVERY rank a one-element receive array:
        //         MPJ Express writes into it on the other ranks too.

        // TODO 5: on rank 0 only, print exactly:  The total sum is T
        //         and then the time taken, for example:
        //             System.out.println("Time: " + (System.nanoTime() - start) / 1e9 + " s");

        MPI.Finalize();
    }
}
