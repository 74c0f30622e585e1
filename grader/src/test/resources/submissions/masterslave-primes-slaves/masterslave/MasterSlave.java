// FIXTURE masterslave-primes-slaves: the master sends every slave a first job unasked, then serves requests from ANY_SOURCE: on demand and correct. Expected: pass at 2, 3, 4 and 8 ranks, hidden inputs included (a wall-clock makespan once failed it at 4 ranks under load).
package masterslave;

import java.util.Random;

import mpi.MPI;
import mpi.Status;

/** A master that primes every slave with a first job, then serves requests: on demand, and correct. */
public class MasterSlave {

    /** Slave to master: "I am ready for work", carrying the job just done (0 if none). */
    private static final int TAG_REQUEST = 1;
    /** Master to slave: the next job number, or jobs+1 meaning "stop". */
    private static final int TAG_JOB = 2;

    public static void main(String[] args) throws InterruptedException {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();

        int jobs = rest.length > 0 ? Integer.parseInt(rest[0]) : 20;
        long seed = rest.length > 1 ? Long.parseLong(rest[1]) : 42;
        int unitMs = rest.length > 2 ? Integer.parseInt(rest[2]) : 10;

        if (size < 2) {
            // With one process there is a master and no slave: it would wait for ever.
            System.err.println("MasterSlave needs at least 2 processes (1 master and 1 or more slaves);"
                    + " run it with -np 2 or more.");
        } else if (rank == 0) {
            master(jobs, size);
        } else {
            slave(rank, jobs, seed, unitMs);
        }
        MPI.Finalize();
    }

    /**
     * Primes every slave with a first job before any request, then hands out the rest on request: still on demand,
     * as a slave asks again only when its job is done.
     */
    static void master(int jobs, int size) {
        int nextJob = 1;
        for (int slave = 1; slave < size && nextJob <= jobs; slave++) {
            MPI.COMM_WORLD.Send(new int[] {nextJob}, 0, 1, MPI.INT, slave, TAG_JOB);
            System.out.println("Master assigned job # " + nextJob + " to slave # " + slave + " .");
            nextJob++;
        }
        int[] message = new int[1];
        int slavesRunning = size - 1;
        while (slavesRunning > 0) {
            Status status = MPI.COMM_WORLD.Recv(message, 0, 1, MPI.INT, MPI.ANY_SOURCE, TAG_REQUEST);
            int slave = status.source;
            MPI.COMM_WORLD.Send(new int[] {nextJob}, 0, 1, MPI.INT, slave, TAG_JOB);
            if (nextJob <= jobs) {
                System.out.println("Master assigned job # " + nextJob + " to slave # " + slave + " .");
                nextJob++;
            } else {
                System.out.println("Master informed slave # " + slave + " no more jobs.");
                slavesRunning--;
            }
        }
    }

    /** Asks for jobs and does them until the master answers with a number past the last job. */
    static void slave(int rank, int jobs, long seed, int unitMs) throws InterruptedException {
        // Every slave draws the same weights from the same seed, so the master only needs to send
        // a job number, never the job's description.
        int[] weight = jobWeights(jobs, seed);
        int[] job = new int[1];
        boolean primed = rank <= jobs; // the master's first job comes unasked
        while (true) {
            if (!primed) {
                MPI.COMM_WORLD.Send(job, 0, 1, MPI.INT, 0, TAG_REQUEST);
            }
            primed = false;
            MPI.COMM_WORLD.Recv(job, 0, 1, MPI.INT, 0, TAG_JOB);
            if (job[0] > jobs) {
                break;
            }
            Thread.sleep((long) weight[job[0]] * unitMs);
            System.out.println("Slave # " + rank + " did job # " + job[0]);
        }
    }

    /**
     * The weights w_1..w_jobs (index 0 unused): each 1 + round(4 * nextDouble()), so between 1
     * and 5, drawn in job order from new Random(seed).
     */
    static int[] jobWeights(int jobs, long seed) {
        Random random = new Random(seed);
        int[] weight = new int[jobs + 1];
        for (int j = 1; j <= jobs; j++) {
            weight[j] = 1 + (int) Math.round(4 * random.nextDouble());
        }
        return weight;
    }
}
