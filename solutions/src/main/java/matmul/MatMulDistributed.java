package matmul;

import java.util.Random;

import mpi.MPI;

/**
 * Lesson 13, multiplying matrices, version 2: share the memory as well as the work.
 *
 * <p>Same arguments and results as {@link MatMul}: {@code n1 n2 n3 [seed]}, C = A x B.
 *
 * <p>Version 1 broadcast all of A and reduced full-size copies of C, so every rank needed memory
 * for three whole matrices. Here rank 0 hands each rank only its own block of rows of A
 * (Scatterv), broadcasts B (every row of C needs all of B), and collects the blocks of rows of C
 * (Gatherv). Only rank 0 ever holds all of A and C; another rank holds about n1/size rows of each.
 *
 * <p>Scatterv and Gatherv ("v" for vector) take one count and one displacement per rank because
 * the blocks do not all have the same size when size does not divide n1. Counts and displacements
 * are numbers of array elements (rows times row length), not numbers of rows.
 */
public class MatMulDistributed {

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

        // Every rank works out the same block layout: rank r owns rows firstRow(r) .. firstRow(r+1)-1.
        int[] rows = new int[size];
        int[] first = new int[size];
        for (int r = 0; r < size; r++) {
            first[r] = firstRow(r, size, n1);
            rows[r] = firstRow(r + 1, size, n1) - first[r];
        }

        long start = System.nanoTime();
        // Only rank 0 allocates the whole of A; the others pass an empty array, which Scatterv
        // never touches on a rank that is not the root.
        double[] a = new double[rank == 0 ? n1 * n2 : 0];
        double[] b = new double[n2 * n3];
        if (rank == 0) {
            fill(a, b, n2, seeded, seed); // A first, then B: the order the random numbers are drawn in
        }
        MPI.COMM_WORLD.Bcast(b, 0, b.length, MPI.DOUBLE, 0);

        // Scatterv: rank r receives rows[r] rows of n2 elements, starting at row first[r] of A.
        int[] aCounts = new int[size];
        int[] aDispls = new int[size];
        for (int r = 0; r < size; r++) {
            aCounts[r] = rows[r] * n2;
            aDispls[r] = first[r] * n2;
        }
        double[] myA = new double[rows[rank] * n2];
        MPI.COMM_WORLD.Scatterv(a, 0, aCounts, aDispls, MPI.DOUBLE,
                myA, 0, myA.length, MPI.DOUBLE, 0);
        long initialised = System.nanoTime();

        // My rows of C, numbered from 0 locally: local row i is row first[rank] + i of C.
        double[] myC = new double[rows[rank] * n3];
        multiplyRows(myA, b, myC, rows[rank], n2, n3);

        // Gatherv: the mirror image of the Scatterv, with rows of n3 elements.
        int[] cCounts = new int[size];
        int[] cDispls = new int[size];
        for (int r = 0; r < size; r++) {
            cCounts[r] = rows[r] * n3;
            cDispls[r] = first[r] * n3;
        }
        double[] c = new double[rank == 0 ? n1 * n3 : 0];
        MPI.COMM_WORLD.Gatherv(myC, 0, myC.length, MPI.DOUBLE,
                c, 0, cCounts, cDispls, MPI.DOUBLE, 0);
        long computed = System.nanoTime();

        if (rank == 0) {
            System.out.println("Checksum: " + checksum(c));
            System.out.println("Trace-like: " + traceLike(c, n1, n3));
            System.out.println("Initialisation time: " + (initialised - start) / 1e9 + " s");
            System.out.println("Computation time: " + (computed - initialised) / 1e9 + " s");
        }
        MPI.Finalize();
    }

    /**
     * The first row of rank r's block. The first n1 % size ranks get one row more than the
     * others; firstRow(size, size, n1) is n1.
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

    /** C = A x B for a block of {@code rows} rows of A and C, with all of B. */
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
