// FIXTURE masterslave-no-sleep: never does the work (no Thread.sleep): every line is right but the run takes no time. Expected: output checks pass at 2, 3, 4 and 8 ranks; a teacher fails it, and a check of the run time against the jobs' total weight catches it (20 42 10: 630 ms of work, so at least about 630/(size-1) ms).
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
            int next = 1;
            int active = size - 1;
            int[] buf = new int[1];
            while (active > 0) {
                Status st = MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, MPI.ANY_SOURCE, 1);
                int slave = st.source;
                if (next <= jobs) {
                    MPI.COMM_WORLD.Send(new int[] {next}, 0, 1, MPI.INT, slave, 2);
                    System.out.println("Master assigned job # " + next + " to slave # " + slave + " .");
                    next++;
                } else {
                    MPI.COMM_WORLD.Send(new int[] {jobs + 1}, 0, 1, MPI.INT, slave, 2);
                    System.out.println("Master informed slave # " + slave + " no more jobs.");
                    active--;
                }
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
                System.out.println("Slave # " + rank + " did job # " + job);
            }
        }
        MPI.Finalize();
    }
}
