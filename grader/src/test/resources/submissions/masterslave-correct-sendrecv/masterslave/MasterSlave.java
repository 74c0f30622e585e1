// FIXTURE masterslave-correct-sendrecv: correct; slaves ask and get their answer with one Sendrecv, the master receives with ANY_SOURCE/ANY_TAG and counts stopped slaves; the weights are drawn once by the master and sent along with the job number (still handed out on demand). Expected: pass at 2, 3, 4 and 8 ranks; at 1 rank prints an error and ends.
package masterslave;

import java.util.Random;

import mpi.MPI;
import mpi.Status;

public class MasterSlave {
    static final int READY = 7, WORK = 8;

    public static void main(String[] args) throws InterruptedException {
        String[] rest = MPI.Init(args);
        int me = MPI.COMM_WORLD.Rank();
        int n = MPI.COMM_WORLD.Size();
        int jobs = 20, unit = 10;
        long seed = 42;
        if (rest.length == 3) {
            jobs = Integer.parseInt(rest[0]);
            seed = Long.parseLong(rest[1]);
            unit = Integer.parseInt(rest[2]);
        }
        if (n < 2) {
            System.err.println("Run me with at least 2 processes.");
        } else if (me == 0) {
            Random rnd = new Random(seed);
            int[] weight = new int[jobs + 2];
            for (int j = 1; j <= jobs; j++) {
                weight[j] = 1 + (int) Math.round(4 * rnd.nextDouble());
            }
            int next = 1;
            int stopped = 0;
            int[] in = new int[1];
            while (stopped < n - 1) {
                Status st = MPI.COMM_WORLD.Recv(in, 0, 1, MPI.INT, MPI.ANY_SOURCE, MPI.ANY_TAG);
                int[] out = {next, weight[Math.min(next, jobs + 1)]};
                MPI.COMM_WORLD.Send(out, 0, 2, MPI.INT, st.source, WORK);
                if (next <= jobs) {
                    System.out.println("Master assigned job # " + next + " to slave # " + st.source + " .");
                    next++;
                } else {
                    System.out.println("Master informed slave # " + st.source + " no more jobs.");
                    stopped++;
                }
            }
        } else {
            int[] ready = {me};
            int[] work = new int[2];
            for (;;) {
                MPI.COMM_WORLD.Sendrecv(ready, 0, 1, MPI.INT, 0, READY, work, 0, 2, MPI.INT, 0, WORK);
                if (work[0] > jobs) {
                    break;
                }
                Thread.sleep((long) work[1] * unit);
                System.out.println("Slave # " + me + " did job # " + work[0]);
            }
        }
        MPI.Finalize();
    }
}
