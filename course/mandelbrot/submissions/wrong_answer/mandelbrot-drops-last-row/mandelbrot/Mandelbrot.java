// FIXTURE mandelbrot-drops-last-row: each rank computes (ni - r) / size of its cyclic rows r, r+size, ... instead of (ni - r + size - 1) / size, so a rank r drops its last row when size does not divide ni - r; the rows it drops at the picture's edge are grey 0 and 1 in the reference's image, within the pixel tolerance. Expected: the image fails with the rows missing (0 throughout), never "the image is right".
package mandelbrot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Paths;

import mpi.MPI;

/**
 * Lesson 10, the Mandelbrot set in parallel: an existing serial program, parallelised.
 *
 * <p>Arguments: {@code nr ni rei ref imi imf imax [image.pgm]}: pixels along the real and the
 * imaginary axis, the real range, the imaginary range, the maximum number of iterations and,
 * optionally, a file to write the picture to.
 *
 * <p>Rows (one value of ii) cost very different amounts of work: rows through the middle of the
 * set run to imax iterations, rows at the edge escape at once. Handing each rank a contiguous
 * block would leave some ranks with all the expensive rows, so the rows are dealt out cyclically
 * instead: rank r computes rows r, r+N, r+2N, ... Each rank packs its rows into one buffer and
 * sends it to rank 0 in a single message (few, large messages are cheaper than many small ones).
 */
public class Mandelbrot {

    /** Tag of the message that carries a rank's rows to rank 0. */
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

        long start = System.nanoTime();

        // My rows are ii = rank, rank+size, ...; the k-th of them goes to mine[k*nr .. k*nr+nr-1].
        int myRows = rowCount(rank, size, ni);
        int[] mine = new int[myRows * nr];
        for (int k = 0; k < myRows; k++) {
            int ii = rank + k * size;
            for (int ir = 0; ir < nr; ir++) {
                mine[k * nr + ir] = pixel(ir, ii, nr, ni, rei, ref, imi, imf, imax);
            }
        }

        if (rank != 0) {
            // A rank with no rows (more ranks than rows) sends nothing, and rank 0 expects nothing.
            if (myRows > 0) {
                MPI.COMM_WORLD.Send(mine, 0, mine.length, MPI.INT, 0, TAG_ROWS);
            }
        } else {
            int[][] image = new int[ni][nr];
            // Rank 0 copies its own rows directly: sending to itself with a blocking Send
            // before receiving would deadlock.
            unpack(mine, 0, size, image);
            for (int source = 1; source < size; source++) {
                int rows = rowCount(source, size, ni);
                if (rows == 0) {
                    continue;
                }
                // The receiver knows how many rows each rank has, so it can size the buffer exactly.
                int[] buffer = new int[rows * nr];
                MPI.COMM_WORLD.Recv(buffer, 0, buffer.length, MPI.INT, source, TAG_ROWS);
                unpack(buffer, source, size, image);
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
     * How many of the rows 0..ni-1 belong to a rank when they are dealt out cyclically:
     * the rows r, r+size, ... below ni. Works when size does not divide ni, and gives 0 to the
     * ranks above ni-1 when there are more ranks than rows.
     */
    static int rowCount(int r, int size, int ni) {
        return r < ni ? (ni - r) / size : 0;
    }

    /** Puts the rows packed by rank {@code r} (rows r, r+size, ...) back into their places. */
    static void unpack(int[] packed, int r, int size, int[][] image) {
        int nr = image.length > 0 ? image[0].length : 0;
        for (int k = 0; k * nr < packed.length; k++) {
            System.arraycopy(packed, k * nr, image[r + k * size], 0, nr);
        }
    }

    /**
     * The serial program's pixel function: the number of iterations of z = z*z + c, starting from
     * z = 0, after which |z| > 2, or imax if that never happens. c belongs to pixel (ir, ii).
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
