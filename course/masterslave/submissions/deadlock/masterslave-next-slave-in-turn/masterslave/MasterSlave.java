// FIXTURE masterslave-next-slave-in-turn: the master receives a request from any slave but sends the job to the slave after the one it served last (1, 2, ..., N-1, 1, ...), not to the one whose request it took: right only while the requests come in rank order. Expected: at 2 ranks passes (one slave); from 3 ranks on fails under a matching that takes a request out of turn, with the race named, in every grading.
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
            int next = 0;
            for (int job = 1; job <= jobs; job++) {
                MPI.COMM_WORLD.Recv(msg, 0, 1, MPI.INT, MPI.ANY_SOURCE, 1);
                // The bug: the slave in turn, not the one whose request was taken (s.source).
                next = next % (size - 1) + 1;
                MPI.COMM_WORLD.Send(new int[] {job}, 0, 1, MPI.INT, next, 2);
                System.out.println("Master assigned job # " + job + " to slave # " + next + " .");
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
