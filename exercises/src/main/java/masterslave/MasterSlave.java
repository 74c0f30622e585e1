package masterslave;

import java.util.Random;

import mpi.MPI;

/**
 * Lesson 12, the master-slave model: dynamic load balancing when jobs cost different amounts.
 *
 * <p>Arguments: {@code jobs seed unit_ms} (defaults 20 42 10). Job j (1..jobs) takes w_j time
 * units (see jobWeights); "doing" it means sleeping w_j * unit_ms milliseconds.
 *
 * <p>Task: see exercises/tasks/masterslave.md. Keep the class name, the package, the reading of
 * the arguments, the check for at least 2 processes, jobWeights and the calls to MPI.Init and
 * MPI.Finalize; fill in the TODOs in master and slave.
 */
public class MasterSlave {

    /** Slave to master: "I am ready for work" (the message can carry the job just done). */
    private static final int TAG_REQUEST = 1;
    /** Master to slave: the next job number, or a number past the last job meaning "stop". */
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

    /** Rank 0: hands out jobs 1..jobs on request, then tells every slave to stop. It does no job itself. */
    static void master(int jobs, int size) {
        // TODO 1: keep a counter of the next job (starting at 1) and of the slaves still working
        //         (size - 1). While some slave is still working:
        //         - receive one int from ANY slave with tag TAG_REQUEST:
        //               Status status = MPI.COMM_WORLD.Recv(buf, 0, 1, MPI.INT, MPI.ANY_SOURCE, TAG_REQUEST)
        //           status.source tells you which slave asked (import mpi.Status);
        //         - answer that slave with one int, tag TAG_JOB: the next job number if there is
        //           one left, and then print exactly
        //               Master assigned job # J to slave # R .
        //           otherwise jobs + 1 (meaning "stop"), print exactly
        //               Master informed slave # R no more jobs.
        //           and count that slave as finished.
        //         Optionally, print the time the whole thing took (System.nanoTime()).
    }

    /** Ranks 1..size-1: ask for a job, do it, ask again, until told to stop. */
    static void slave(int rank, int jobs, long seed, int unitMs) throws InterruptedException {
        int[] weight = jobWeights(jobs, seed); // the same on every slave: the master sends only numbers

        // TODO 2: repeat:
        //         - send one int to rank 0 with tag TAG_REQUEST ("I am idle"; it can carry the
        //           number of the job just done, 0 the first time);
        //         - receive one int from rank 0 with tag TAG_JOB: the job number;
        //         - if it is greater than jobs, stop (leave the loop);
        //         - otherwise do the job: Thread.sleep((long) weight[job] * unitMs), then print exactly
        //               Slave # R did job # J
        //         Every Send must meet a Recv on the other side: count your messages.
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
