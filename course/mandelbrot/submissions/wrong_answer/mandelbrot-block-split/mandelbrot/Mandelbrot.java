// FIXTURE mandelbrot-block-split: contiguous blocks of rows (remainder handled) instead of the cyclic rows the lesson asks for: same checksum and image, worse load balance (the middle ranks get the expensive rows). Expected: pass on output at every rank count; a teacher would take off for not following the cyclic split (visible in a timing or call trace, not in the output).
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

        int first = rank * ni / size;
        int last = (rank + 1) * ni / size;
        int[] buf = new int[(last - first) * nr];
        for (int ii = first; ii < last; ii++) {
            double ci = imi + ii * (imf - imi) / ni;
            for (int ir = 0; ir < nr; ir++) {
                buf[(ii - first) * nr + ir] = pixel(rei + ir * (ref - rei) / nr, ci, imax);
            }
        }
        int[][] img = null;
        if (rank != 0) {
            MPI.COMM_WORLD.Send(buf, 0, buf.length, MPI.INT, 0, 5);
        } else {
            img = new int[ni][nr];
            for (int r = 0; r < size; r++) {
                int f = r * ni / size;
                int l = (r + 1) * ni / size;
                int[] got = buf;
                if (r != 0) {
                    got = new int[(l - f) * nr];
                    MPI.COMM_WORLD.Recv(got, 0, got.length, MPI.INT, r, 5);
                }
                for (int ii = f; ii < l; ii++) {
                    System.arraycopy(got, (ii - f) * nr, img[ii], 0, nr);
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
