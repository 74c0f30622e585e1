// FIXTURE matmul-distributed-bcast-all: broadcasts all of A to every rank (each rank then uses only its own rows) instead of Scatterv: the numbers are right but every rank holds all of A, which is what this version exists to avoid. Expected: pass on output at every rank count; a teacher fails it (only a trace of the MPI calls or of memory shows it).
package matmul;

import java.util.Random;

import mpi.MPI;

public class MatMulDistributed {
    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        long[] p = new long[5];
        if (rank == 0) {
            p[0] = rest.length > 0 ? Long.parseLong(rest[0]) : 300;
            p[1] = rest.length > 1 ? Long.parseLong(rest[1]) : 500;
            p[2] = rest.length > 2 ? Long.parseLong(rest[2]) : 400;
            p[3] = rest.length > 3 ? 1 : 0;
            p[4] = rest.length > 3 ? Long.parseLong(rest[3]) : 0;
        }
        MPI.COMM_WORLD.Bcast(p, 0, 5, MPI.LONG, 0);
        int n1 = (int) p[0], n2 = (int) p[1], n3 = (int) p[2];

        int[] count = new int[size];
        int[] start = new int[size];
        for (int r = 0, row = 0; r < size; r++) {
            count[r] = n1 / size + (r < n1 % size ? 1 : 0);
            start[r] = row;
            row += count[r];
        }
        double[] a = new double[n1 * n2];
        double[] b = new double[n2 * n3];
        if (rank == 0) {
            Random rnd = new Random(p[4]);
            for (int i = 0; i < a.length; i++) {
                a[i] = p[3] == 1 ? rnd.nextDouble() : 1 / Math.sqrt(n2);
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = p[3] == 1 ? rnd.nextDouble() : 1 / Math.sqrt(n2);
            }
        }
        MPI.COMM_WORLD.Bcast(b, 0, b.length, MPI.DOUBLE, 0);
        MPI.COMM_WORLD.Bcast(a, 0, a.length, MPI.DOUBLE, 0);
        double[] myA = new double[count[rank] * n2];
        System.arraycopy(a, start[rank] * n2, myA, 0, myA.length);
        double[] myC = new double[count[rank] * n3];
        for (int i = 0; i < count[rank]; i++) {
            for (int j = 0; j < n3; j++) {
                double s = 0;
                for (int k = 0; k < n2; k++) {
                    s += myA[i * n2 + k] * b[k * n3 + j];
                }
                myC[i * n3 + j] = s;
            }
        }
        int[] cCounts = new int[size], cDispls = new int[size];
        for (int r = 0; r < size; r++) {
            cCounts[r] = count[r] * n3;
            cDispls[r] = start[r] * n3;
        }
        double[] c = new double[rank == 0 ? n1 * n3 : 0];
        MPI.COMM_WORLD.Gatherv(myC, 0, myC.length, MPI.DOUBLE, c, 0, cCounts, cDispls, MPI.DOUBLE, 0);
        if (rank == 0) {
            double sum = 0, tr = 0;
            for (double v : c) {
                sum += v;
            }
            for (int i = 0; i < n1; i++) {
                tr += c[i * n3 + i % n3];
            }
            System.out.println("Checksum: " + sum);
            System.out.println("Trace-like: " + tr);
        }
        MPI.Finalize();
    }
}
