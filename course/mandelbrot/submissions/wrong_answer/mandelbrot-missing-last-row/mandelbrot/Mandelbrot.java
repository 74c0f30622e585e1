// FIXTURE mandelbrot-missing-last-row: off-by-one: the loop that computes the rows runs ii < ni - 1 (the row count and the messages are right), so the last row of the image is never computed and stays 0. Expected: fail at every rank count (a whole image row wrong; the checksum only moves by about 1e-4 relative at 200x200).
package mandelbrot;

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;

import mpi.MPI;

public class Mandelbrot {
    public static void main(String[] args) throws IOException {
        String[] a = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int nr = a.length > 0 ? Integer.parseInt(a[0]) : 200;
        int ni = a.length > 1 ? Integer.parseInt(a[1]) : 200;
        double rei = a.length > 2 ? Double.parseDouble(a[2]) : -1.5;
        double ref = a.length > 3 ? Double.parseDouble(a[3]) : 0.5;
        double imi = a.length > 4 ? Double.parseDouble(a[4]) : -1.0;
        double imf = a.length > 5 ? Double.parseDouble(a[5]) : 1.0;
        int imax = a.length > 6 ? Integer.parseInt(a[6]) : 1000;

        // my rows: rank, rank+size, ...
        int mine = 0;
        for (int ii = rank; ii < ni; ii += size) {
            mine++;
        }
        int[] buf = new int[mine * nr];
        int k = 0;
        for (int ii = rank; ii < ni - 1; ii += size) {
            double ci = imi + ii * (imf - imi) / ni;
            for (int ir = 0; ir < nr; ir++) {
                buf[k * nr + ir] = pixel(rei + ir * (ref - rei) / nr, ci, imax);
            }
            k++;
        }
        int[][] img = null;
        if (rank != 0) {
            MPI.COMM_WORLD.Send(buf, 0, buf.length, MPI.INT, 0, 5);
        } else {
            img = new int[ni][nr];
            for (int r = 0; r < size; r++) {
                int rows = 0;
                for (int ii = r; ii < ni; ii += size) {
                    rows++;
                }
                int[] got = buf;
                if (r != 0) {
                    got = new int[rows * nr];
                    MPI.COMM_WORLD.Recv(got, 0, got.length, MPI.INT, r, 5);
                }
                for (int j = 0; j < rows; j++) {
                    System.arraycopy(got, j * nr, img[r + j * size], 0, nr);
                }
            }
        }
        if (rank == 0) {
            long sum = 0;
            for (int ii = 0; ii < ni; ii++) {
                for (int ir = 0; ir < nr; ir++) {
                    sum += img[ii][ir];
                }
            }
            System.out.println("Checksum: " + sum);
            if (a.length > 7) {
                try (PrintWriter w = new PrintWriter(new FileWriter(a[7]))) {
                    w.println("P2");
                    w.println(nr + " " + ni);
                    w.println("255");
                    for (int ii = 0; ii < ni; ii++) {
                        StringBuilder sb = new StringBuilder();
                        for (int ir = 0; ir < nr; ir++) {
                            sb.append(ir > 0 ? " " : "").append(img[ii][ir] * 255 / imax);
                        }
                        w.println(sb);
                    }
                }
            }
        }
        MPI.Finalize();
    }

    static int pixel(double cr, double ci, int imax) {
        double x = 0, y = 0;
        for (int it = 1; it <= imax; it++) {
            double t = x * x - y * y + cr;
            y = 2 * x * y + ci;
            x = t;
            if (x * x + y * y > 4) {
                return it;
            }
        }
        return imax;
    }
}
