// FIXTURE masterslave-missing-stop: the master returns after handing out the last job and never answers the slaves' final requests, so the slaves wait for ever. Expected: timeout at 2, 3, 4 and 8 ranks (every job done, no 'Master informed' line).
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
        int unit = rest.length > 2 ? Integer.parseInt(rest[2]) : 10;
        if (size < 2) {
            System.err.println("This program needs at least 2 processes.");
            MPI.Finalize();
            return;
        }
        if (rank == 0) {
            int[] buf = new int[1];
            for (int job = 1; job <= jobs; job++) {
                Status st = MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, MPI.ANY_SOURCE, 1);
                MPI.COMM_WORLD.Send(new int[] {job}, 0, 1, MPI.INT, st.source, 2);
                System.out.println("Master assigned job # " + job + " to slave # " + st.source + " .");
            }
        } else {
            Random random = new Random(seed);
            int[] w = new int[jobs + 1];
            for (int j = 1; j <= jobs; j++) {
                w[j] = 1 + (int) Math.round(4 * random.nextDouble());
            }
            int[] buf = new int[1];
            while (true) {
                MPI.COMM_WORLD.Send(buf, 0, 1, MPI.INT, 0, 1);
                MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, 0, 2);
                int job = buf[0];
                if (job > jobs) {
                    break;
                }
                Thread.sleep((long) w[job] * unit);
                System.out.println("Slave # " + rank + " did job # " + job);
            }
        }
        MPI.Finalize();
    }
}
