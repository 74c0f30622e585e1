package masterslave;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Paths;

import mpi.MPI;
import mpi.Status;

/**
 * Lesson 12's homework: lesson 10's Mandelbrot picture computed by a master and its slaves, the
 * rows handed out on demand.
 *
 * <p>Arguments as lesson 10's {@code Mandelbrot}: {@code nr ni rei ref imi imf imax [image.pgm]}.
 * Defaults: 200 200 -1.5 0.5 -1.0 1.0 1000. Needs at least 2 processes.
 *
 * <p>Task: see exercises/tasks/masterslave-mandelbrot.md. Keep the class name, the package, the
 * reading of the arguments, the helper methods (pixel, checksum, writePgm) and the calls to
 * MPI.Init and MPI.Finalize; fill in the TODOs.
 */
public class MandelbrotFarm {

    /** Slave to master: the row just done (or none) and a request for the next. */
    private static final int TAG_RESULT = 1;
    /** Master to slave: the next row's number, or "stop". */
    private static final int TAG_ROW = 2;

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

        if (size < 2) {
            // With one process there is a master and no slave: it would wait for ever.
            System.err.println("MandelbrotFarm needs at least 2 processes (1 master and 1 or more slaves);"
                    + " run it with -np 2 or more.");
        } else if (rank == 0) {
            long start = System.nanoTime(); // MPI.Wtime() only has whole seconds in MPJ Express
            int[][] image = master(nr, ni, size);
            // TODO 5: print exactly  "Checksum: " + checksum(image)  then the time, for example
            //         "Time: " + (System.nanoTime() - start) / 1e9 + " s",
            //         and, if imageFile is not null, writePgm(imageFile, image, imax).
        } else {
            slave(rank, nr, ni, rei, ref, imi, imf, imax);
        }
        MPI.Finalize();
    }

    /** Rank 0: hands out rows 0..ni-1 on request, collects them, then stops every slave. */
    static int[][] master(int nr, int ni, int size) {
        int[][] image = new int[ni][nr];
        // A slave's message is its request for work AND the row it has just computed: nr+1 ints,
        // the row's number ii first (-1 in its first message, when it has done nothing yet), then
        // the row's nr values.

        // TODO 1: until every slave (size-1 of them) has been told to stop, receive a slave's
        //         message from ANY slave:
        //             Status status = MPI.COMM_WORLD.Recv(message, 0, nr + 1, MPI.INT, MPI.ANY_SOURCE, TAG_RESULT)
        //         (status.source is the slave that asked) and put the row it carries, if any, in
        //         its place in image.

        // TODO 2: answer that slave (status.source) with the next row's number, one int, tag TAG_ROW,
        //         and print exactly  "Master assigned row # " + row + " to slave # " + slave + " ."
        //         When no row is left, answer -1 instead and print exactly
        //             "Master informed slave # " + slave + " no more rows."
        //         Never hand out rows in advance or several in one message: one row per request.

        return image;
    }

    /** A slave: asks for rows and computes them until the master says stop. */
    static void slave(int rank, int nr, int ni, double rei, double ref, double imi, double imf, int imax) {
        // TODO 3: send the master a first request (nr+1 ints, the first -1: no row yet), tag TAG_RESULT,
        //         and receive its answer (one int, tag TAG_ROW).

        // TODO 4: while the answer is a row ii (not -1): compute its nr pixels with
        //         pixel(ir, ii, ...), print exactly  "Slave # " + rank + " did row # " + ii ,
        //         and send [ii, the row's values] back to the master, which is also the request for
        //         the next row; then receive the next answer.
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
