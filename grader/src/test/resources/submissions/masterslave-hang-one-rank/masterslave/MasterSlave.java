// FIXTURE masterslave-hang-one-rank: correct at 2 or more ranks (the master serves one request per job, then one final request per slave) but has no check for a single process: at 1 rank the master waits for ever for the first request. Expected: pass at 2, 3, 4 and 8 ranks; timeout at 1 rank (the contract only asks for 2+, the reference prints an error there).
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

        if (rank == 0) {
            int[] buf = new int[1];
            for (int job = 1; job <= jobs; job++) {
                Status st = MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, MPI.ANY_SOURCE, 1);
                MPI.COMM_WORLD.Send(new int[] {job}, 0, 1, MPI.INT, st.source, 2);
                System.out.println("Master assigned job # " + job + " to slave # " + st.source + " .");
            }
            for (int n = 1; n < size; n++) {
                Status st = MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, MPI.ANY_SOURCE, 1);
                MPI.COMM_WORLD.Send(new int[] {jobs + 1}, 0, 1, MPI.INT, st.source, 2);
                System.out.println("Master informed slave # " + st.source + " no more jobs.");
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
