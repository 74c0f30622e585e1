// FIXTURE mandelbrot-correct-gather: correct; cyclic rows packed into equal, zero-padded blocks of ceil(ni/size) rows and collected with one Gather (full-size receive buffer on every rank). Expected: pass at every rank count and size, image identical to the reference.
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

        int maxRows = (ni + size - 1) / size;
        int[] mine = new int[maxRows * nr];
        for (int k = 0; k < maxRows; k++) {
            int ii = rank + k * size;
            if (ii >= ni) {
                break;
            }
            double ci = imi + ii * (imf - imi) / ni;
            for (int ir = 0; ir < nr; ir++) {
                double cr = rei + ir * (ref - rei) / nr;
                mine[k * nr + ir] = escape(cr, ci, imax);
            }
        }
        int[] all = new int[size * maxRows * nr];
        MPI.COMM_WORLD.Gather(mine, 0, mine.length, MPI.INT, all, 0, mine.length, MPI.INT, 0);

        if (rank == 0) {
            int[][] img = new int[ni][nr];
            long sum = 0;
            for (int r = 0; r < size; r++) {
                for (int k = 0; k < maxRows; k++) {
                    int ii = r + k * size;
                    if (ii >= ni) {
                        break;
                    }
                    for (int ir = 0; ir < nr; ir++) {
                        img[ii][ir] = all[(r * maxRows + k) * nr + ir];
                        sum += img[ii][ir];
                    }
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
                            sb.append(img[ii][ir] * 255 / imax).append(ir + 1 < nr ? " " : "");
                        }
                        w.println(sb);
                    }
                }
            }
        }
        MPI.Finalize();
    }

    static int escape(double cr, double ci, int imax) {
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
