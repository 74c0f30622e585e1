// FIXTURE masterslave-correct-loops: correct; the master's classic two loops (one request per job, then one final request per slave answered with the stop number), results and requests in one message. Expected: pass at 2, 3, 4 and 8 ranks (each job exactly once, dynamic, every slave told to stop); at 1 rank prints an error and ends.
package masterslave;

import java.util.Random;

import mpi.MPI;
import mpi.Status;

public class MasterSlave {
    public static void main(String[] args) throws Exception {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int jobs = rest.length > 0 ? Integer.parseInt(rest[0]) : 20;
        long seed = rest.length > 1 ? Long.parseLong(rest[1]) : 42;
        int unit = rest.length > 2 ? Integer.parseInt(rest[2]) : 10;
        if (size == 1) {
            System.err.println("need a master and at least one slave");
            MPI.Finalize();
            return;
        }
        int[] msg = new int[1];
        if (rank == 0) {
            for (int job = 1; job <= jobs; job++) {
                Status s = MPI.COMM_WORLD.Recv(msg, 0, 1, MPI.INT, MPI.ANY_SOURCE, 1);
                MPI.COMM_WORLD.Send(new int[] {job}, 0, 1, MPI.INT, s.source, 2);
                System.out.println("Master assigned job # " + job + " to slave # " + s.source + " .");
            }
            for (int n = 1; n < size; n++) {
                Status s = MPI.COMM_WORLD.Recv(msg, 0, 1, MPI.INT, MPI.ANY_SOURCE, 1);
                MPI.COMM_WORLD.Send(new int[] {jobs + 1}, 0, 1, MPI.INT, s.source, 2);
                System.out.println("Master informed slave # " + s.source + " no more jobs.");
            }
        } else {
            Random r = new Random(seed);
            int[] w = new int[jobs + 1];
            for (int j = 1; j <= jobs; j++) {
                w[j] = 1 + (int) Math.round(4 * r.nextDouble());
            }
            while (true) {
                MPI.COMM_WORLD.Send(msg, 0, 1, MPI.INT, 0, 1);
                MPI.COMM_WORLD.Recv(msg, 0, 1, MPI.INT, 0, 2);
                int job = msg[0];
                if (job > jobs) {
                    break;
                }
                Thread.sleep(w[job] * unit);
                System.out.println("Slave # " + rank + " did job # " + job);
            }
        }
        MPI.Finalize();
    }
}
