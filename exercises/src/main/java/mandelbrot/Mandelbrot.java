package mandelbrot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Paths;

import mpi.MPI;

/**
 * Lesson 10, the Mandelbrot set in parallel: parallelise an existing serial program.
 *
 * <p>Arguments: {@code nr ni rei ref imi imf imax [image.pgm]}: pixels along the real and the
 * imaginary axis, the real range, the imaginary range, the maximum number of iterations and,
 * optionally, a file to write the picture to. Defaults: 200 200 -1.5 0.5 -1.0 1.0 1000.
 *
 * <p>Task: see exercises/tasks/mandelbrot.md. Keep the class name, the package, the reading of the
 * arguments, the helper methods (pixel, checksum, writePgm) and the calls to MPI.Init and
 * MPI.Finalize; fill in the TODOs in main.
 */
public class Mandelbrot {

    /** A tag for the messages that carry rows to rank 0. */
    private static final int TAG_ROWS = 10;

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

        // The serial program is serialImage() below. Spread its outer loop over the ranks:

        // TODO 1: compute this rank's rows, dealt out cyclically: ii = rank, rank+size, ... < ni.
        //         Work out how many rows that is (careful when size does not divide ni, and when
        //         there are more ranks than rows) and store them in one int array of rows*nr
        //         values, row after row, using pixel(ir, ii, ...).

        // TODO 2: on every rank but 0, send that array to rank 0 in ONE message:
        //             MPI.COMM_WORLD.Send(array, 0, array.length, MPI.INT, 0, TAG_ROWS)
        //         (a rank without rows sends nothing).

        // TODO 3: on rank 0, make an int[ni][nr] image, copy rank 0's own rows into it (do not
        //         Send to yourself: a blocking Send to yourself before the Recv never returns),
        //         then for source = 1 .. size-1 receive that rank's array with
        //             MPI.COMM_WORLD.Recv(buffer, 0, count, MPI.INT, source, TAG_ROWS)
        //         and put its rows (source, source+size, ...) in their places.

        // TODO 4: on rank 0 only: print exactly  "Checksum: " + checksum(image)  then the time,
        //         for example  "Time: " + (System.nanoTime() - start) / 1e9 + " s",
        //         and, if imageFile is not null, writePgm(imageFile, image, imax).

        MPI.Finalize();
    }

    /**
     * The serial program you start from: every pixel, row by row, on one process. Do not call it
     * from the parallel program (it would do all the work on every rank); copy its ideas.
     */
    static int[][] serialImage(int nr, int ni, double rei, double ref, double imi, double imf, int imax) {
        int[][] image = new int[ni][nr];
        for (int ii = 0; ii < ni; ii++) {
            for (int ir = 0; ir < nr; ir++) {
                image[ii][ir] = pixel(ir, ii, nr, ni, rei, ref, imi, imf, imax);
            }
        }
        return image;
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
