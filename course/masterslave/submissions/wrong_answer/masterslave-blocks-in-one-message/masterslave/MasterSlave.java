// FIXTURE masterslave-blocks-in-one-message: the master sends each slave, unasked, one message with its whole block of jobs (contiguous, sizes differing by at most one), prints an assignment line per job, then stops each slave when it reports back. Every message but the first to a slave answers a request, so only the count of messages tells: a slave gets more jobs than messages. Expected: FAIL at every rank count, "the master handed a slave several jobs in one message".
package masterslave;

import java.util.Random;

import mpi.MPI;
import mpi.Status;

public class MasterSlave {
    public static void main(String[] args) throws InterruptedException {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int jobs = rest.length > 0 ? Integer.parseInt(rest[0]) : 20;
        long seed = rest.length > 1 ? Long.parseLong(rest[1]) : 42;
        int unitMs = rest.length > 2 ? Integer.parseInt(rest[2]) : 10;
        int slaves = size - 1;
        if (rank == 0) {
            for (int s = 1; s <= slaves; s++) {
                int first = 1 + (s - 1) * jobs / slaves;
                int last = s * jobs / slaves;
                MPI.COMM_WORLD.Send(new int[] {first, last}, 0, 2, MPI.INT, s, 2);
                for (int j = first; j <= last; j++) {
                    System.out.println("Master assigned job # " + j + " to slave # " + s + " .");
                }
            }
            int[] done = new int[1];
            for (int s = 1; s <= slaves; s++) {
                Status status = MPI.COMM_WORLD.Recv(done, 0, 1, MPI.INT, MPI.ANY_SOURCE, 1);
                MPI.COMM_WORLD.Send(new int[] {0, -1}, 0, 2, MPI.INT, status.source, 2);
                System.out.println("Master informed slave # " + status.source + " no more jobs.");
            }
        } else {
            Random random = new Random(seed);
            int[] weight = new int[jobs + 1];
            for (int j = 1; j <= jobs; j++) {
                weight[j] = 1 + (int) Math.round(4 * random.nextDouble());
            }
            int[] block = new int[2];
            MPI.COMM_WORLD.Recv(block, 0, 2, MPI.INT, 0, 2);
            for (int j = block[0]; j <= block[1]; j++) {
                Thread.sleep((long) weight[j] * unitMs);
                System.out.println("Slave # " + rank + " did job # " + j);
            }
            MPI.COMM_WORLD.Send(new int[] {block[1]}, 0, 1, MPI.INT, 0, 1);
            MPI.COMM_WORLD.Recv(block, 0, 2, MPI.INT, 0, 2);
        }
        MPI.Finalize();
    }
}
