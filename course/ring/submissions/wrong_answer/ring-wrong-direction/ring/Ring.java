// FIXTURE ring-wrong-direction: passes each value to the left, (R-1) mod N, and takes the right neighbour's: the totals are sums of (R+k) mod N. Expected: pass at 1 and 2 ranks (both directions are the same there), fail at 3 and 4.
package ring;

import mpi.MPI;

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
            MPI.COMM_WORLD.Sendrecv(value, 0, 1, MPI.INT, (rank - 1 + size) % size, 0,
                in, 0, 1, MPI.INT, (rank + 1) % size, 0);
            total += in[0];
            value[0] = in[0];
        }
        System.out.println("Rank " + rank + " received a total of " + total + " after " + steps + " steps");
        MPI.Finalize();
    }
}
