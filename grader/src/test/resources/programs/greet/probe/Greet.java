package probe;

import mpi.MPI;

/** Every rank prints two lines on stdout and one on stderr, then all meet in a Reduce. */
public class Greet {
    public static void main(String[] args) throws Exception {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        System.out.println("rank " + rank + " of " + size + " args " + String.join(",", rest));
        System.err.println("rank " + rank + " on stderr");
        int[] mine = {rank};
        int[] sum = new int[1];
        MPI.COMM_WORLD.Reduce(mine, 0, sum, 0, 1, MPI.INT, MPI.SUM, 0);
        System.out.println("rank " + rank + " done" + (rank == 0 ? " sum " + sum[0] : ""));
        MPI.Finalize();
    }
}
