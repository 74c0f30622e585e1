package probe;

import mpi.MPI;
import mpi.Status;

/** One call of each kind the course teaches, with sizes a test can check. */
public class Calls {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        long[] params = new long[3];
        MPI.COMM_WORLD.Bcast(params, 0, 3, MPI.LONG, 0);
        if (rank == 0) {
            int[] in = new int[2];
            for (int i = 1; i < size; i++) {
                Status status = MPI.COMM_WORLD.Recv(in, 0, 2, MPI.INT, MPI.ANY_SOURCE, 11);
                System.out.println("from " + status.source);
            }
        } else {
            MPI.COMM_WORLD.Send(new int[] {rank, rank}, 0, 2, MPI.INT, 0, 11);
        }
        int[] counts = new int[size];
        int[] displs = new int[size];
        for (int r = 0; r < size; r++) {
            counts[r] = r + 1;
            displs[r] = r * (r + 1) / 2;
        }
        double[] all = new double[size * (size + 1) / 2];
        double[] mine = new double[rank + 1];
        MPI.COMM_WORLD.Scatterv(all, 0, counts, displs, MPI.DOUBLE, mine, 0, rank + 1, MPI.DOUBLE, 0);
        MPI.COMM_WORLD.Gatherv(mine, 0, rank + 1, MPI.DOUBLE, all, 0, counts, displs, MPI.DOUBLE, 0);
        double[] sum = new double[1];
        MPI.COMM_WORLD.Reduce(new double[] {rank}, 0, sum, 0, 1, MPI.DOUBLE, MPI.SUM, 0);
        MPI.COMM_WORLD.Barrier();
        MPI.Finalize();
    }
}
