package matmul;

import java.util.Random;

import mpi.MPI;

/**
 * Lesson 13, multiplying matrices, version 1: broadcast A and B, share out the rows of C, Reduce.
 *
 * <p>Arguments: {@code n1 n2 n3 [seed]} (defaults 300 500 400). C = A x B with A of n1 x n2 and
 * B of n2 x n3. Without a seed every element of A and B is 1/sqrt(n2), so every element of C is 1.
 *
 * <p>Matrices are stored row by row in one flat array: element (i, j) of an n x m matrix is at
 * index i*m + j.
 *
 * <p>Task: see exercises/tasks/matmul.md. Keep the class name, the package, the reading of the
 * arguments on rank 0, the helper methods fill, multiplyRows, checksum and traceLike, and the calls
 * to MPI.Init and MPI.Finalize; fill in the TODOs.
 */
public class MatMul {

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

        // TODO 1: broadcast params from rank 0 (MPI.COMM_WORLD.Bcast(params, 0, 5, MPI.LONG, 0)):
        //         until you do, the other ranks see zeros here.
        int n1 = (int) params[0];
        int n2 = (int) params[1];
        int n3 = (int) params[2];
        boolean seeded = params[3] != 0;
        long seed = params[4];

        long start = System.nanoTime(); // MPI.Wtime() only has whole seconds in MPJ Express
        double[] a = new double[n1 * n2];
        double[] b = new double[n2 * n3];
        if (rank == 0) {
            fill(a, b, n2, seeded, seed);
        }

        // TODO 2: broadcast a and b from rank 0 (MPI.DOUBLE).

        // TODO 3: work out this rank's block of rows of C: contiguous rows first .. last-1, with
        //         block sizes differing by at most one (n1 = 10 on 4 ranks: 3, 3, 2, 2 rows).
        //         Check that the blocks cover all n1 rows when size does not divide n1.

        // TODO 4: make a zero-filled n1*n3 array c and compute your rows into it:
        //             multiplyRows(a, b, c, first, last, n2, n3)

        // TODO 5: add the c arrays of all ranks up on rank 0 with
        //             MPI.COMM_WORLD.Reduce(c, 0, cTotal, 0, n1 * n3, MPI.DOUBLE, MPI.SUM, 0)
        //         Every rank needs a full-size cTotal: MPJ Express writes into it on all ranks.

        // TODO 6: on rank 0 only, print exactly
        //             "Checksum: " + checksum(cTotal)
        //             "Trace-like: " + traceLike(cTotal, n1, n3)
        //         and then the times taken by the set-up (fill and broadcasts) and by the rest.

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

    /** C[i][j] = sum over k of A[i][k] * B[k][j], for rows first..last-1 of C. */
    static void multiplyRows(double[] a, double[] b, double[] c, int first, int last, int n2, int n3) {
        for (int i = first; i < last; i++) {
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
