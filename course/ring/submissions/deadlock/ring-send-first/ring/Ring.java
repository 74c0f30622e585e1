// FIXTURE ring-send-first: every rank first Sends its value to the right, then Receives from the left: MPJ Express's Send waits for the matching Recv, so every rank waits in Send. Expected: deadlock at every rank count, the cycle of waits named from 2 ranks on.
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
            MPI.COMM_WORLD.Send(value, 0, 1, MPI.INT, (rank + 1) % size, 0);
            MPI.COMM_WORLD.Recv(in, 0, 1, MPI.INT, (rank - 1 + size) % size, 0);
            total += in[0];
            value[0] = in[0];
        }
        System.out.println("Rank " + rank + " received a total of " + total + " after " + steps + " steps");
        MPI.Finalize();
    }
}
