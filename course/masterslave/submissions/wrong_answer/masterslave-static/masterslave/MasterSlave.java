// FIXTURE masterslave-static: static round-robin instead of work on demand: the master sends job j to slave (j-1) % (size-1) + 1 without waiting for requests, then a stop to each slave; the printed lines have the contract's form. Expected: the line-format and each-job-once checks pass at 2, 3, 4 and 8 ranks; a teacher fails it (no dynamic load balancing), which shows as a longer run time and a fixed job-to-slave pattern (slave of job j is (j-1) % (size-1) + 1).
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
            for (int job = 1; job <= jobs; job++) {
                int slave = (job - 1) % (size - 1) + 1;
                MPI.COMM_WORLD.Send(new int[] {job}, 0, 1, MPI.INT, slave, 2);
                System.out.println("Master assigned job # " + job + " to slave # " + slave + " .");
            }
            for (int slave = 1; slave < size; slave++) {
                MPI.COMM_WORLD.Send(new int[] {jobs + 1}, 0, 1, MPI.INT, slave, 2);
                System.out.println("Master informed slave # " + slave + " no more jobs.");
            }
        } else {
            Random random = new Random(seed);
            int[] w = new int[jobs + 1];
            for (int j = 1; j <= jobs; j++) {
                w[j] = 1 + (int) Math.round(4 * random.nextDouble());
            }
            int[] buf = new int[1];
            while (true) {
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
