// FIXTURE ring-correct-nonblocking: correct, another way than the reference's Sendrecv: each step posts Irecv from the left and Isend to the right, then Waitall. Expected: pass at 1, 2, 3, 4.
package ring;

import mpi.MPI;
import mpi.Request;

public class Ring {
    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int steps = Integer.parseInt(rest[0]);
        int[] value = {rank};
        int[] in = new int[1];
        long total = 0;
        for (int k = 0; k < steps; k++) {
            Request[] both = {
                MPI.COMM_WORLD.Irecv(in, 0, 1, MPI.INT, (rank + size - 1) % size, 3),
                MPI.COMM_WORLD.Isend(value, 0, 1, MPI.INT, (rank + 1) % size, 3)};
            Request.Waitall(both);
            total += in[0];
            value[0] = in[0];
        }
        System.out.printf("Rank %d received a total of %d after %d steps%n", rank, total, steps);
        MPI.Finalize();
    }
}
