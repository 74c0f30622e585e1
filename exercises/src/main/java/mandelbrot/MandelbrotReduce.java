package mandelbrot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Paths;

import mpi.MPI;

/**
 * Lesson 10's homework: the Mandelbrot set in parallel again, with one collective operation and no
 * Send or Recv.
 *
 * <p>Arguments as lesson 10's {@code Mandelbrot}: {@code nr ni rei ref imi imf imax [image.pgm]}.
 * Defaults: 200 200 -1.5 0.5 -1.0 1.0 1000.
 *
 * <p>Task: see exercises/tasks/mandelbrot-reduce.md. Keep the class name, the package, the reading
 * of the arguments, the helper methods (pixel, checksum, writePgm) and the calls to MPI.Init and
 * MPI.Finalize; fill in the TODOs in main.
 */
public class MandelbrotReduce {

    public static void main(String[] args) throws IOException {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();

        // Every process gets the same command line, so each one can read the arguments itself.
        int nr = rest.length > 0 ? Integer.parseInt(rest[0]) : 200;
        int ni = rest.length > 1 ? Integer.parseInt(rest[1]) : 200;
        double rei = rest.length > 2 ? Double.parseDouble(rest[2]) : -1.5;
        double ref = rest.length > 3 ? Double.parseDouble(rest[3]) : 0.5;
        double imi = rest.length > 4 ? Double.parseDouble(rest[4]) : -1.0;
        double imf = rest.length > 5 ? Double.parseDouble(rest[5]) : 1.0;
        int imax = rest.length > 6 ? Integer.parseInt(rest[6]) : 1000;
        String imageFile = rest.length > 7 ? rest[7] : null;

        long start = System.nanoTime(); // MPI.Wtime() only has whole seconds in MPJ Express

        // TODO 1: make an int array of ni*nr values, the whole picture row after row (pixel (ir, ii)
        //         at ii*nr + ir). Java fills it with zeros.

        // TODO 2: fill in this rank's rows only, dealt out cyclically: ii = rank, rank+size, ... < ni,
        //         each pixel with pixel(ir, ii, ...). The other ranks' rows stay 0.

        // TODO 3: on EVERY rank, make a second array of ni*nr values and add all the ranks' pictures
        //         into it at rank 0 with one call:
        //             MPI.COMM_WORLD.Reduce(mine, 0, whole, 0, whole.length, MPI.INT, MPI.SUM, 0)
        //         Each pixel is computed by one rank and 0 on all the others, so the sum is the picture.
        //         (MPJ Express writes into the receive buffer on every rank: every rank needs a full one.)
        //         No Send, no Recv: the grader checks.

        // TODO 4: on rank 0 only: copy the sum into an int[ni][nr] image, print exactly
        //             "Checksum: " + checksum(image)
        //         then the time, for example  "Time: " + (System.nanoTime() - start) / 1e9 + " s",
        //         and, if imageFile is not null, writePgm(imageFile, image, imax).

        MPI.Finalize();
    }

    /**
     * The value of pixel (ir, ii): the number of iterations of z = z*z + c, starting from z = 0,
     * after which |z| > 2, or imax if that never happens. c belongs to pixel (ir, ii).
     */
    static int pixel(int ir, int ii, int nr, int ni,
                     double rei, double ref, double imi, double imf, int imax) {
        double cr = rei + ir * (ref - rei) / nr;
        double ci = imi + ii * (imf - imi) / ni;
        double x = 0.0;
        double y = 0.0;
        for (int it = 1; it <= imax; it++) {
            double xNew = x * x - y * y + cr;
            y = 2 * x * y + ci;
            x = xNew;
            if (x * x + y * y > 4.0) { // |z| > 2 without a square root
                return it;
            }
        }
        return imax;
    }

    /** Sum of all pixel values, as a long: 40,000 pixels of up to 1000 already pass 10^7. */
    static long checksum(int[][] image) {
        long sum = 0;
        for (int[] row : image) {
            for (int value : row) {
                sum += value;
            }
        }
        return sum;
    }

    /** Writes a plain (ASCII) PGM file: P2, width and height, 255, then one line per row ii. */
    static void writePgm(String file, int[][] image, int imax) throws IOException {
        int ni = image.length;
        int nr = ni > 0 ? image[0].length : 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Paths.get(file)))) {
            out.println("P2");
            out.println(nr + " " + ni);
            out.println(255);
            StringBuilder line = new StringBuilder();
            for (int[] row : image) {
                line.setLength(0);
                for (int ir = 0; ir < nr; ir++) {
                    if (ir > 0) {
                        line.append(' ');
                    }
                    line.append((long) row[ir] * 255 / imax); // long: no overflow for a large imax
                }
                out.println(line);
            }
        }
    }
}
