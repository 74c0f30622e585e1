// FIXTURE mandelbrot-reduce-correct-flat: correct; a flat int[] image, its own pixel loop (it counted up from 1) and PGM writer, BufferedWriter: another student's shape of the reference. Expected: pass at every rank count and size.
package mandelbrot;

import java.io.BufferedWriter;
import java.io.FileWriter;
import java.io.IOException;

import mpi.MPI;

public class MandelbrotReduce {
    public static void main(String[] args) throws IOException {
        String[] p = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int nr = 200, ni = 200, imax = 1000;
        double rei = -1.5, ref = 0.5, imi = -1.0, imf = 1.0;
        if (p.length >= 7) {
            nr = Integer.parseInt(p[0]);
            ni = Integer.parseInt(p[1]);
            rei = Double.parseDouble(p[2]);
            ref = Double.parseDouble(p[3]);
            imi = Double.parseDouble(p[4]);
            imf = Double.parseDouble(p[5]);
            imax = Integer.parseInt(p[6]);
        }
        int[] local = new int[ni * nr];
        for (int ii = rank; ii < ni; ii += size) {
            for (int ir = 0; ir < nr; ir++) {
                local[ii * nr + ir] = value(ir, ii, nr, ni, rei, ref, imi, imf, imax);
            }
        }
        int[] image = new int[ni * nr];
        MPI.COMM_WORLD.Reduce(local, 0, image, 0, image.length, MPI.INT, MPI.SUM, 0);
        if (rank == 0) {
            long checksum = 0;
            for (int v : image) {
                checksum += v;
            }
            System.out.println("Checksum: " + checksum);
            if (p.length >= 8) {
                try (BufferedWriter w = new BufferedWriter(new FileWriter(p[7]))) {
                    w.write("P2\n" + nr + " " + ni + "\n255\n");
                    for (int ii = 0; ii < ni; ii++) {
                        for (int ir = 0; ir < nr; ir++) {
                            w.write((ir == 0 ? "" : " ") + (long) image[ii * nr + ir] * 255 / imax);
                        }
                        w.write("\n");
                    }
                }
            }
        }
        MPI.Finalize();
    }

    static int value(int ir, int ii, int nr, int ni, double rei, double ref, double imi, double imf, int imax) {
        double cr = rei + ir * (ref - rei) / nr;
        double ci = imi + ii * (imf - imi) / ni;
        double zr = 0, zi = 0;
        int it = 1;
        while (it <= imax) {
            double nzr = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = nzr;
            if (zr * zr + zi * zi > 4) {
                return it;
            }
            it++;
        }
        return imax;
    }
}
