package matmul;

import java.util.Random;

import mpi.MPI;

/**
 * Lesson 13, multiplying matrices, version 1: share the work, not the memory.
 *
 * <p>Arguments: {@code n1 n2 n3 [seed]}. C = A x B with A of n1 x n2 and B of n2 x n3.
 * Without a seed every element of A and B is 1/sqrt(n2), so every element of C is 1 (up to
 * rounding): an easy result to check. With a seed, A and then B are filled row by row from
 * {@code new Random(seed).nextDouble()}.
 *
 * <p>Rank 0 sets up A and B and broadcasts both whole, every rank computes one contiguous block of
 * rows of C, and a Reduce (SUM) of the zero-filled full-size C matrices puts the result together
 * on rank 0. Simple, but every rank holds all of A, B and C: the work is divided, the memory is
 * not. Version 2 ({@link MatMulDistributed}) fixes that.
 *
 * <p>Matrices are stored row by row in one flat array (element (i, j) of an n x m matrix at
 * i*m + j), the layout MPI's calls expect: one buffer, an offset and a count.
 */
public class MatMul {

    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();

        // Rank 0 reads the sizes and broadcasts them: n1, n2, n3, whether there is a seed, the seed.
        long[] params = new long[5];
        if (rank == 0) {
            params[0] = rest.length > 0 ? Long.parseLong(rest[0]) : 300;
            params[1] = rest.length > 1 ? Long.parseLong(rest[1]) : 500;
            params[2] = rest.length > 2 ? Long.parseLong(rest[2]) : 400;
            params[3] = rest.length > 3 ? 1 : 0;
            params[4] = rest.length > 3 ? Long.parseLong(rest[3]) : 0;
        }
        MPI.COMM_WORLD.Bcast(params, 0, params.length, MPI.LONG, 0);
        int n1 = (int) params[0];
        int n2 = (int) params[1];
        int n3 = (int) params[2];
        boolean seeded = params[3] != 0;
        long seed = params[4];

        long start = System.nanoTime();
        double[] a = new double[n1 * n2];
        double[] b = new double[n2 * n3];
        if (rank == 0) {
            fill(a, b, n2, seeded, seed);
        }
        MPI.COMM_WORLD.Bcast(a, 0, a.length, MPI.DOUBLE, 0);
        MPI.COMM_WORLD.Bcast(b, 0, b.length, MPI.DOUBLE, 0);
        long initialised = System.nanoTime();

        // My block of rows: contiguous, and block sizes differ by at most one, so that no rank
        // waits long for the others when n1 is not a multiple of size.
        int first = firstRow(rank, size, n1);
        int last = firstRow(rank + 1, size, n1); // exclusive
        double[] c = new double[n1 * n3]; // zeros except in my rows, so that the SUM is C
        multiplyRows(a, b, c, first, last, n2, n3);

        // MPJ Express's Reduce writes into the receive buffer on every rank, so every rank needs
        // a full-size one, not only the root.
        double[] cTotal = new double[n1 * n3];
        MPI.COMM_WORLD.Reduce(c, 0, cTotal, 0, cTotal.length, MPI.DOUBLE, MPI.SUM, 0);
        long computed = System.nanoTime();

        if (rank == 0) {
            System.out.println("Checksum: " + checksum(cTotal));
            System.out.println("Trace-like: " + traceLike(cTotal, n1, n3));
            System.out.println("Initialisation time: " + (initialised - start) / 1e9 + " s");
            System.out.println("Computation time: " + (computed - initialised) / 1e9 + " s");
        }
        MPI.Finalize();
    }

    /**
     * The first row of rank r's block. The first n1 % size ranks get one row more than the
     * others; firstRow(size, size, n1) is n1, so rank r's rows are firstRow(r) .. firstRow(r+1)-1.
     */
    static int firstRow(int r, int size, int n1) {
        int base = n1 / size;
        int extra = n1 % size;
        return r * base + Math.min(r, extra);
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

    /** The sum over i of C[i][i mod n3]: a diagonal that wraps round
     * to column 0 when C has more rows than columns. */
    static double traceLike(double[] c, int n1, int n3) {
        double sum = 0.0;
        for (int i = 0; i < n1; i++) {
            sum += c[i * n3 + i % n3];
        }
        return sum;
    }
}
