// FIXTURE matmul-crash-rank: keeps the per-rank row counts in an array sized for two ranks (new int[2], indexed by rank): rank 2 and up throw ArrayIndexOutOfBoundsException. Expected: pass at 1 and 2 ranks; fail (crash on rank 2+) at 3, 4 and 8.
package matmul;

import java.util.Random;

import mpi.MPI;

public class MatMul {
    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int[] dims = new int[4];
        long[] seed = new long[1];
        if (rank == 0) {
            dims[0] = rest.length > 0 ? Integer.parseInt(rest[0]) : 300;
            dims[1] = rest.length > 1 ? Integer.parseInt(rest[1]) : 500;
            dims[2] = rest.length > 2 ? Integer.parseInt(rest[2]) : 400;
            dims[3] = rest.length > 3 ? 1 : 0;
            seed[0] = rest.length > 3 ? Long.parseLong(rest[3]) : 0;
        }
        MPI.COMM_WORLD.Bcast(dims, 0, 4, MPI.INT, 0);
        MPI.COMM_WORLD.Bcast(seed, 0, 1, MPI.LONG, 0);
        int n1 = dims[0], n2 = dims[1], n3 = dims[2];

        double[] a = new double[n1 * n2];
        double[] b = new double[n2 * n3];
        if (rank == 0) {
            if (dims[3] == 1) {
                Random rnd = new Random(seed[0]);
                for (int i = 0; i < a.length; i++) {
                    a[i] = rnd.nextDouble();
                }
                for (int i = 0; i < b.length; i++) {
                    b[i] = rnd.nextDouble();
                }
            } else {
                java.util.Arrays.fill(a, 1 / Math.sqrt(n2));
                java.util.Arrays.fill(b, 1 / Math.sqrt(n2));
            }
        }
        MPI.COMM_WORLD.Bcast(a, 0, a.length, MPI.DOUBLE, 0);
        MPI.COMM_WORLD.Bcast(b, 0, b.length, MPI.DOUBLE, 0);

        int base = n1 / size, extra = n1 % size;
        int[] myRows = new int[2];
        myRows[rank] = base + (rank < extra ? 1 : 0);
        int lo = rank * base + Math.min(rank, extra);
        int hi = lo + myRows[rank];
        double[] c = new double[n1 * n3];
        for (int i = lo; i < hi; i++) {
            for (int j = 0; j < n3; j++) {
                double s = 0;
                for (int k = 0; k < n2; k++) {
                    s += a[i * n2 + k] * b[k * n3 + j];
                }
                c[i * n3 + j] = s;
            }
        }
        double[] result = new double[n1 * n3];
        MPI.COMM_WORLD.Reduce(c, 0, result, 0, n1 * n3, MPI.DOUBLE, MPI.SUM, 0);
        if (rank == 0) {
            double check = 0;
            for (double v : result) {
                check += v;
            }
            double trace = 0;
            for (int i = 0; i < n1; i++) {
                trace += result[i * n3 + i % n3];
            }
            System.out.println("Checksum: " + check);
            System.out.println("Trace-like: " + trace);
        }
        MPI.Finalize();
    }
}
