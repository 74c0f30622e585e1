// FIXTURE masterslave-mandelbrot-static: rows handed out in advance, round-robin in rounds: row ii to slave 1 + ii % (N-1), then the round's rows collected slave by slave, whoever finished first. Expected: the lines, checksum and image pass; from 3 ranks the dispatch check fails (a row sent to a slave that had not asked); at 2 ranks, one slave, it cannot be told from on demand.
package masterslave;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Paths;

import mpi.MPI;
import mpi.Status;

/**
 * Lesson 12's homework: the Mandelbrot set of lesson 10 computed by a master and its slaves.
 *
 * <p>Arguments: {@code nr ni rei ref imi imf imax [image.pgm]}, as lesson 10's program.
 *
 * <p>Rows cost very different amounts of work (rows through the set run to imax iterations, rows
 * at the edge escape at once), and nobody knows in advance which: so rank 0 hands them out one at
 * a time, to whichever slave asks. A slave's message is both its request for work and the row it
 * has just computed: {@code [ii, value 0, ..., value nr-1]}, with ii = -1 in its first message,
 * when it has done nothing yet. The master puts the row in its place and answers with the next
 * row's number, or -1 when none is left, which tells the slave to stop. A slave that drew cheap
 * rows simply comes back sooner and gets more of them.
 */
public class MandelbrotFarm {

    /** Slave to master: the row just done (or none, -1) and a request for the next. */
    private static final int TAG_RESULT = 1;
    /** Master to slave: the next row's number, or -1 meaning "stop". */
    private static final int TAG_ROW = 2;
    /** The row number that means "none": a slave's first request, the master's stop. */
    private static final int NONE = -1;

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

        if (size < 2) {
            // With one process there is a master and no slave: it would wait for ever.
            System.err.println("MandelbrotFarm needs at least 2 processes (1 master and 1 or more slaves);"
                    + " run it with -np 2 or more.");
        } else if (rank == 0) {
            long start = System.nanoTime();
            int[][] image = master(nr, ni, size);
            System.out.println("Checksum: " + checksum(image));
            System.out.println("Time: " + (System.nanoTime() - start) / 1e9 + " s");
            if (imageFile != null) {
                writePgm(imageFile, image, imax);
            }
        } else {
            slave(rank, nr, ni, rei, ref, imi, imf, imax);
        }
        MPI.Finalize();
    }

    /** Hands out rows 0..ni-1 on request, puts each row that comes back in its place, then stops every slave. */
    static int[][] master(int nr, int ni, int size) {
        int[][] image = new int[ni][nr];
        int[] message = new int[nr + 1];
        int slaves = size - 1;
        // Rows dealt out in advance, round by round: row ii goes to slave 1 + ii % slaves, whoever is idle.
        for (int base = 0; base < ni; base += slaves) {
            for (int s = 1; s <= slaves && base + s - 1 < ni; s++) {
                int[] answer = {base + s - 1};
                MPI.COMM_WORLD.Send(answer, 0, 1, MPI.INT, s, TAG_ROW);
                System.out.println("Master assigned row # " + answer[0] + " to slave # " + s + " .");
            }
            for (int s = 1; s <= slaves && base + s - 1 < ni; s++) {
                MPI.COMM_WORLD.Recv(message, 0, nr + 1, MPI.INT, s, TAG_RESULT);
                System.arraycopy(message, 1, image[message[0]], 0, nr);
            }
        }
        for (int s = 1; s <= slaves; s++) {
            MPI.COMM_WORLD.Send(new int[] {NONE}, 0, 1, MPI.INT, s, TAG_ROW);
            System.out.println("Master informed slave # " + s + " no more rows.");
        }
        int slavesRunning = 0;
        int nextRow = ni;
        while (slavesRunning > 0) {
            // ANY_SOURCE: serve whichever slave is idle first; the status says who that was.
            Status status = MPI.COMM_WORLD.Recv(message, 0, nr + 1, MPI.INT, MPI.ANY_SOURCE, TAG_RESULT);
            int slave = status.source;
            if (message[0] != NONE) {
                System.arraycopy(message, 1, image[message[0]], 0, nr);
            }
            int[] answer = {nextRow < ni ? nextRow : NONE};
            MPI.COMM_WORLD.Send(answer, 0, 1, MPI.INT, slave, TAG_ROW);
            if (nextRow < ni) {
                System.out.println("Master assigned row # " + nextRow + " to slave # " + slave + " .");
                nextRow++;
            } else {
                System.out.println("Master informed slave # " + slave + " no more rows.");
                slavesRunning--;
            }
        }
        return image;
    }

    /** Asks for rows and computes them until the master answers "stop". */
    static void slave(int rank, int nr, int ni, double rei, double ref, double imi, double imf, int imax) {
        int[] message = new int[nr + 1];
        message[0] = NONE; // nothing done yet
        int[] row = new int[1];
        boolean first = true;
        while (true) {
            if (!first) {
                MPI.COMM_WORLD.Send(message, 0, nr + 1, MPI.INT, 0, TAG_RESULT);
            }
            first = false;
            MPI.COMM_WORLD.Recv(row, 0, 1, MPI.INT, 0, TAG_ROW);
            if (row[0] == NONE) {
                break;
            }
            int ii = row[0];
            for (int ir = 0; ir < nr; ir++) {
                message[1 + ir] = pixel(ir, ii, nr, ni, rei, ref, imi, imf, imax);
            }
            message[0] = ii;
            System.out.println("Slave # " + rank + " did row # " + ii);
        }
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
