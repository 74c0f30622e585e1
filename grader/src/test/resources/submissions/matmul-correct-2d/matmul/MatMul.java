// FIXTURE matmul-correct-2d: correct, written differently: double[][] matrices broadcast row by row, blocks from r*n1/size (sizes differ by at most one), i-k-j loop order, rows of C sent back to rank 0 with Send/Recv instead of a Reduce. Expected: pass at every rank count, size and seed.
package matmul;

import java.util.Random;

import mpi.MPI;

public class MatMul {
    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        long[] p = new long[5];
        if (rank == 0) {
            p[0] = 300;
            p[1] = 500;
            p[2] = 400;
            for (int i = 0; i < Math.min(3, rest.length); i++) {
                p[i] = Long.parseLong(rest[i]);
            }
            if (rest.length >= 4) {
                p[3] = 1;
                p[4] = Long.parseLong(rest[3]);
            }
        }
        MPI.COMM_WORLD.Bcast(p, 0, 5, MPI.LONG, 0);
        int n1 = (int) p[0], n2 = (int) p[1], n3 = (int) p[2];

        double[][] A = new double[n1][n2];
        double[][] B = new double[n2][n3];
        if (rank == 0) {
            Random rnd = p[3] == 1 ? new Random(p[4]) : null;
            double v = 1.0 / Math.sqrt(n2);
            for (double[] row : A) {
                for (int k = 0; k < n2; k++) {
                    row[k] = rnd == null ? v : rnd.nextDouble();
                }
            }
            for (double[] row : B) {
                for (int j = 0; j < n3; j++) {
                    row[j] = rnd == null ? v : rnd.nextDouble();
                }
            }
        }
        for (double[] row : A) {
            MPI.COMM_WORLD.Bcast(row, 0, n2, MPI.DOUBLE, 0);
        }
        for (double[] row : B) {
            MPI.COMM_WORLD.Bcast(row, 0, n3, MPI.DOUBLE, 0);
        }

        int from = (int) ((long) rank * n1 / size);
        int to = (int) ((long) (rank + 1) * n1 / size);
        double[][] C = new double[n1][n3];
        for (int i = from; i < to; i++) {
            for (int k = 0; k < n2; k++) {
                double aik = A[i][k];
                for (int j = 0; j < n3; j++) {
                    C[i][j] += aik * B[k][j];
                }
            }
        }

        if (rank != 0) {
            for (int i = from; i < to; i++) {
                MPI.COMM_WORLD.Send(C[i], 0, n3, MPI.DOUBLE, 0, i);
            }
        } else {
            for (int r = 1; r < size; r++) {
                int f = (int) ((long) r * n1 / size);
                int t = (int) ((long) (r + 1) * n1 / size);
                for (int i = f; i < t; i++) {
                    MPI.COMM_WORLD.Recv(C[i], 0, n3, MPI.DOUBLE, r, i);
                }
            }
            double sum = 0, tr = 0;
            for (int i = 0; i < n1; i++) {
                for (int j = 0; j < n3; j++) {
                    sum += C[i][j];
                }
                tr += C[i][i % n3];
            }
            System.out.println("Checksum: " + sum);
            System.out.println("Trace-like: " + tr);
        }
        MPI.Finalize();
    }
}
