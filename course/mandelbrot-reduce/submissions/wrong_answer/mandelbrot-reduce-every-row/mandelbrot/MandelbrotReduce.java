// FIXTURE mandelbrot-reduce-every-row: every rank fills every row, not only its cyclic ones: the Reduce adds N copies of each pixel. Expected: passes at 1 rank; from 2 ranks the checksum is N times the right one and the image holds grey values above 255.
package mandelbrot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Paths;

import mpi.MPI;

/**
 * Lesson 10's homework: the Mandelbrot set in parallel with one collective instead of messages.
 *
 * <p>Arguments as {@link Mandelbrot}: {@code nr ni rei ref imi imf imax [image.pgm]}.
 *
 * <p>Every rank holds a whole image of zeros and fills in its own rows, dealt out cyclically
 * (rank r computes rows r, r+N, r+2N, ...). Every pixel is then computed by exactly one rank and
 * is 0 on all the others, so adding the ranks' images pixel by pixel gives the whole picture: one
 * {@code Reduce} with {@code MPI.SUM} at rank 0 does that, with no Send or Recv and no bookkeeping
 * of who sent which rows. The price is memory and traffic: every rank sends a whole image, most of
 * it zeros.
 */
public class MandelbrotReduce {

    public static void main(String[] args) throws IOException {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();

        int nr = rest.length > 0 ? Integer.parseInt(rest[0]) : 200;
        int ni = rest.length > 1 ? Integer.parseInt(rest[1]) : 200;
        double rei = rest.length > 2 ? Double.parseDouble(rest[2]) : -1.5;
        double ref = rest.length > 3 ? Double.parseDouble(rest[3]) : 0.5;
        double imi = rest.length > 4 ? Double.parseDouble(rest[4]) : -1.0;
        double imf = rest.length > 5 ? Double.parseDouble(rest[5]) : 1.0;
        int imax = rest.length > 6 ? Integer.parseInt(rest[6]) : 1000;
        String imageFile = rest.length > 7 ? rest[7] : null;

        long start = System.nanoTime();

        // The whole image, row after row, zero where another rank computes the pixel.
        int[] mine = new int[ni * nr];
        for (int ii = 0; ii < ni; ii++) {
            for (int ir = 0; ir < nr; ir++) {
                mine[ii * nr + ir] = pixel(ir, ii, nr, ni, rei, ref, imi, imf, imax);
            }
        }

        // Every rank, rank 0 included, takes part; only rank 0's receive buffer gets the sum.
        int[] whole = new int[ni * nr];
        MPI.COMM_WORLD.Reduce(mine, 0, whole, 0, whole.length, MPI.INT, MPI.SUM, 0);

        if (rank == 0) {
            int[][] image = new int[ni][nr];
            for (int ii = 0; ii < ni; ii++) {
                System.arraycopy(whole, ii * nr, image[ii], 0, nr);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println("Checksum: " + checksum(image));
            System.out.println("Time: " + seconds + " s");
            if (imageFile != null) {
                writePgm(imageFile, image, imax);
            }
        }
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
