package masterslave;

import java.util.Random;

import mpi.MPI;
import mpi.Status;

/**
 * Lesson 12, the master-slave model: dynamic load balancing when jobs cost different amounts.
 *
 * <p>Arguments: {@code jobs seed unit_ms}. Job j (1..jobs) takes w_j time units, w_j between 1
 * and 5 drawn from a seeded random generator; "doing" it means sleeping w_j * unit_ms ms.
 *
 * <p>Rank 0, the master, does no jobs itself: it only waits for messages from slaves and answers
 * each one with the next job number. A slave's message says "I am idle" and carries the number
 * of the job it just finished (0 the first time). When the jobs run out, the master answers with
 * a number past the last job, which tells the slave to stop. A slave that drew short jobs simply
 * comes back sooner and gets more of them: nobody has to know the costs in advance.
 */
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

    /** Hands out jobs 1..jobs on request, then tells every slave to stop. */
    static void master(int jobs, int size) {
        long start = System.nanoTime();
        int[] message = new int[1];
        int nextJob = 1;
        int slavesRunning = size - 1;
        // Every slave sends exactly one message more than the number of jobs it does (the last
        // one gets the stop answer), so we keep serving until every slave has been stopped.
        while (slavesRunning > 0) {
            // ANY_SOURCE: serve whichever slave is idle first; the status says who that was.
            Status status = MPI.COMM_WORLD.Recv(message, 0, 1, MPI.INT, MPI.ANY_SOURCE, TAG_REQUEST);
            int slave = status.source;
            int[] answer = {nextJob};
            MPI.COMM_WORLD.Send(answer, 0, 1, MPI.INT, slave, TAG_JOB);
            if (nextJob <= jobs) {
                System.out.println("Master assigned job # " + nextJob + " to slave # " + slave + " .");
                nextJob++;
            } else {
                System.out.println("Master informed slave # " + slave + " no more jobs.");
                slavesRunning--;
            }
        }
        System.out.println("Time: " + (System.nanoTime() - start) / 1e9 + " s");
    }

    /** Asks for jobs and does them until the master answers with a number past the last job. */
    static void slave(int rank, int jobs, long seed, int unitMs) throws InterruptedException {
        // Every slave draws the same weights from the same seed, so the master only needs to send
        // a job number, never the job's description.
        int[] weight = jobWeights(jobs, seed);
        int[] done = {0}; // nothing done yet
        int[] job = new int[1];
        while (true) {
            MPI.COMM_WORLD.Send(done, 0, 1, MPI.INT, 0, TAG_REQUEST);
            MPI.COMM_WORLD.Recv(job, 0, 1, MPI.INT, 0, TAG_JOB);
            if (job[0] > jobs) {
                break;
            }
            Thread.sleep((long) weight[job[0]] * unitMs); // "doing" the job
            System.out.println("Slave # " + rank + " did job # " + job[0]);
            done[0] = job[0];
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
