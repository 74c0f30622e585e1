package matmul;

import java.util.Random;

import mpi.MPI;

/**
 * Lesson 13, multiplying matrices, version 2: Scatterv the rows of A, broadcast B, Gatherv the
 * rows of C, so that only rank 0 ever holds all of A and C.
 *
 * <p>Arguments and results as in version 1 ({@link MatMul}): {@code n1 n2 n3 [seed]}, defaults
 * 300 500 400. Matrices are stored row by row in one flat array: element (i, j) of an n x m matrix
 * is at index i*m + j.
 *
 * <p>Task: see exercises/tasks/matmul-distributed.md. Keep the class name, the package, the
 * reading of the arguments on rank 0, the helper methods and the calls to MPI.Init and
 * MPI.Finalize; fill in the TODOs.
 */
public class MatMulDistributed {

    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();

        // Rank 0 reads the sizes: n1, n2, n3, whether there is a seed, the seed.
        long[] params = new long[5];
        if (rank == 0) {
            params[0] = rest.length > 0 ? Long.parseLong(rest[0]) : 300;
            params[1] = rest.length > 1 ? Long.parseLong(rest[1]) : 500;
            params[2] = rest.length > 2 ? Long.parseLong(rest[2]) : 400;
            params[3] = rest.length > 3 ? 1 : 0;
            params[4] = rest.length > 3 ? Long.parseLong(rest[3]) : 0;
        }

        // TODO 1: broadcast params from rank 0 (MPI.LONG), as in version 1.
        int n1 = (int) params[0];
        int n2 = (int) params[1];
        int n3 = (int) params[2];
        boolean seeded = params[3] != 0;
        long seed = params[4];

        long start = System.nanoTime(); // MPI.Wtime() only has whole seconds in MPJ Express

        // TODO 2: every rank works out the same block layout: for each rank r, the number of rows
        //         it owns and its first row (contiguous blocks, sizes differing by at most one).

        // TODO 3: only rank 0 allocates all of A (n1*n2) and fills A and B with
        //             fill(a, b, n2, seeded, seed)
        //         (A first, then B: the order the random numbers are drawn in). The other ranks
        //         allocate B only, and an empty array for A. Broadcast B to every rank.

        // TODO 4: Scatterv the rows of A: rank r receives rows[r] * n2 elements, taken from
        //         displacement first[r] * n2 of A (counts and displacements are in elements):
        //             MPI.COMM_WORLD.Scatterv(a, 0, counts, displs, MPI.DOUBLE,
        //                                     myA, 0, myA.length, MPI.DOUBLE, 0)

        // TODO 5: compute this rank's rows of C into myC (rows[rank] * n3 elements):
        //             multiplyRows(myA, b, myC, rows[rank], n2, n3)

        // TODO 6: Gatherv the rows of C into a full n1*n3 array on rank 0 (an empty array on the
        //         others), with counts rows[r] * n3 and displacements first[r] * n3:
        //             MPI.COMM_WORLD.Gatherv(myC, 0, myC.length, MPI.DOUBLE,
        //                                    c, 0, counts, displs, MPI.DOUBLE, 0)

        // TODO 7: on rank 0 only, print exactly
        //             "Checksum: " + checksum(c)
        //             "Trace-like: " + traceLike(c, n1, n3)
        //         and then the times taken by the set-up and by the computation.

        MPI.Finalize();
    }

    /** Fills A (n1 x n2) and then B (n2 x n3), row by row. */
    static void fill(double[] a, double[] b, int n2, boolean seeded, long seed) {
        if (seeded) {
            Random random = new Random(seed);
            for (int k = 0; k < a.length; k++) {
                a[k] = random.nextDouble();
            }
            for (int k = 0; k < b.length; k++) {
                b[k] = random.nextDouble();
            }
        } else {
            double value = 1.0 / Math.sqrt(n2);
            java.util.Arrays.fill(a, value);
            java.util.Arrays.fill(b, value);
        }
    }

    /** C = A x B for a block of {@code rows} rows of A and C (numbered from 0), with all of B. */
    static void multiplyRows(double[] a, double[] b, double[] c, int rows, int n2, int n3) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < n3; j++) {
                double sum = 0.0;
                for (int k = 0; k < n2; k++) {
                    sum += a[i * n2 + k] * b[k * n3 + j];
                }
                c[i * n3 + j] = sum;
            }
        }
    }

    /** The sum of all elements of C. */
    static double checksum(double[] c) {
        double sum = 0.0;
        for (double value : c) {
            sum += value;
        }
        return sum;
    }

    /** The sum over i of C[i][i mod n3]: a diagonal that wraps round to column 0 when C has more
     * rows than columns. */
    static double traceLike(double[] c, int n1, int n3) {
        double sum = 0.0;
        for (int i = 0; i < n1; i++) {
            sum += c[i * n3 + i % n3];
        }
        return sum;
    }
}
