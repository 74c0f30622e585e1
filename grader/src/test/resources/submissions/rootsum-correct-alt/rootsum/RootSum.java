// FIXTURE rootsum-correct-alt: correct, written differently: m as an int broadcast with MPI.INT, a while loop over k with i = rank + k*size, printf with %.12f (Locale.ROOT), timing line. Expected: pass at every rank count and every m that fits an int.
package rootsum;

import java.util.Locale;

import mpi.MPI;

public class RootSum {
    public static void main(String[] args) throws Exception {
        String[] rest = MPI.Init(args);
        int me = MPI.COMM_WORLD.Rank();
        int np = MPI.COMM_WORLD.Size();
        long t0 = System.nanoTime();
        int[] n = {0};
        if (me == 0) {
            n[0] = (rest.length == 0) ? 1234567 : Integer.parseInt(rest[0].trim());
        }
        MPI.COMM_WORLD.Bcast(n, 0, 1, MPI.INT, 0);
        double s = 0;
        int k = 0;
        while (true) {
            long i = me + (long) k * np;
            if (i > n[0]) {
                break;
            }
            s += Math.sqrt((double) i);
            k++;
        }
        System.out.printf(Locale.ROOT, "The partial sum of rank %d is %.12f%n", me, s);
        double[] in = {s};
        double[] out = {0};
        MPI.COMM_WORLD.Reduce(in, 0, out, 0, 1, MPI.DOUBLE, MPI.SUM, 0);
        if (me == 0) {
            System.out.printf(Locale.ROOT, "The total sum is %.12f%n", out[0]);
            System.out.printf(Locale.ROOT, "Elapsed %.3f s%n", (System.nanoTime() - t0) * 1e-9);
        }
        MPI.Finalize();
    }
}
