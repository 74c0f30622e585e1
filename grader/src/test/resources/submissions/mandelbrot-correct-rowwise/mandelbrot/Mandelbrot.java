// FIXTURE mandelbrot-correct-rowwise: correct but chatty: every row is its own message (tag = row number) and rank 0 receives the rows in image order from their owners, computing its own in between. Expected: pass at every rank count and size.
package mandelbrot;

import java.io.IOException;
import java.io.PrintStream;

import mpi.MPI;

public class Mandelbrot {
    static int nr = 200, ni = 200, imax = 1000;
    static double rei = -1.5, ref = 0.5, imi = -1.0, imf = 1.0;

    public static void main(String[] args) throws IOException {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rest.length >= 7) {
            nr = Integer.parseInt(rest[0]);
            ni = Integer.parseInt(rest[1]);
            rei = Double.parseDouble(rest[2]);
            ref = Double.parseDouble(rest[3]);
            imi = Double.parseDouble(rest[4]);
            imf = Double.parseDouble(rest[5]);
            imax = Integer.parseInt(rest[6]);
        }
        if (rank != 0) {
            for (int ii = rank; ii < ni; ii += size) {
                int[] row = row(ii);
                MPI.COMM_WORLD.Send(row, 0, nr, MPI.INT, 0, ii);
            }
        } else {
            int[][] image = new int[ni][];
            for (int ii = 0; ii < ni; ii++) {
                int owner = ii % size;
                if (owner == 0) {
                    image[ii] = row(ii);
                } else {
                    image[ii] = new int[nr];
                    MPI.COMM_WORLD.Recv(image[ii], 0, nr, MPI.INT, owner, ii);
                }
            }
            long s = 0;
            for (int[] r : image) {
                for (int v : r) {
                    s += v;
                }
            }
            System.out.println("Checksum: " + s);
            if (rest.length >= 8) {
                try (PrintStream out = new PrintStream(rest[7])) {
                    out.print("P2\n" + nr + " " + ni + "\n255\n");
                    for (int[] r : image) {
                        StringBuilder sb = new StringBuilder();
                        for (int v : r) {
                            if (sb.length() > 0) {
                                sb.append(' ');
                            }
                            sb.append(v * 255 / imax);
                        }
                        out.print(sb + "\n");
                    }
                }
            }
        }
        MPI.Finalize();
    }

    static int[] row(int ii) {
        int[] r = new int[nr];
        double ci = imi + ii * (imf - imi) / ni;
        for (int ir = 0; ir < nr; ir++) {
            double cr = rei + ir * (ref - rei) / nr;
            double x = 0, y = 0;
            int v = imax;
            for (int it = 1; it <= imax; it++) {
                double xt = x * x - y * y + cr;
                y = 2 * x * y + ci;
                x = xt;
                if (x * x + y * y > 4) {
                    v = it;
                    break;
                }
            }
            r[ir] = v;
        }
        return r;
    }
}
