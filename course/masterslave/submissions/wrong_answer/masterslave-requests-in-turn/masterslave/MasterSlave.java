// FIXTURE masterslave-requests-in-turn: the slaves ask for work, but the master receives each request from the slave whose turn it is (Recv from slave 1, 2, ..., size-1, 1, ...), then answers it: every job answers a request, yet a slave done early waits for its turn (a round-robin split in disguise). Expected: the assignment-log check fails at 3, 4 and 8 ranks, in the same words in every grading (the sources are named by the program, not by the timing); at 2 ranks (one slave) it passes.
package masterslave;

import java.util.Random;

import mpi.MPI;

public class MasterSlave {
    private static final int REQUEST = 1;
    private static final int WORK = 2;

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
        int[] buf = new int[1];
        if (rank == 0) {
            int slave = 1;
            for (int job = 1; job <= jobs + size - 1; job++) {
                MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, slave, REQUEST);
                if (job <= jobs) {
                    MPI.COMM_WORLD.Send(new int[] {job}, 0, 1, MPI.INT, slave, WORK);
                    System.out.println("Master assigned job # " + job + " to slave # " + slave + " .");
                } else {
                    MPI.COMM_WORLD.Send(new int[] {0}, 0, 1, MPI.INT, slave, WORK);
                    System.out.println("Master informed slave # " + slave + " no more jobs.");
                }
                slave = slave % (size - 1) + 1;
            }
        } else {
            Random random = new Random(seed);
            int[] w = new int[jobs + 1];
            for (int j = 1; j <= jobs; j++) {
                w[j] = 1 + (int) Math.round(4 * random.nextDouble());
            }
            while (true) {
                MPI.COMM_WORLD.Send(new int[] {rank}, 0, 1, MPI.INT, 0, REQUEST);
                MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, 0, WORK);
                int job = buf[0];
                if (job == 0) {
                    break;
                }
                Thread.sleep((long) w[job] * unit);
                System.out.println("Slave # " + rank + " did job # " + job);
            }
        }
        MPI.Finalize();
    }
}
