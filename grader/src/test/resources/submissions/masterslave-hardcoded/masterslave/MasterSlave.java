// FIXTURE masterslave-hardcoded: no messages and no work: rank 0 prints a memorised round-robin schedule for 20 jobs and 3 slaves (the lines of a 4-process run with the defaults). Expected: fail at 2, 3 and 8 ranks and with other arguments; at 4 ranks with the defaults it passes the line checks (each job once, each slave stopped) and only a run-time check (630 ms of work) or a comparison of assignments with completions catches it.
package masterslave;

import mpi.MPI;

public class MasterSlave {
    public static void main(String[] args) {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 0) {
            for (int job = 1; job <= 20; job++) {
                int slave = (job - 1) % 3 + 1;
                System.out.println("Master assigned job # " + job + " to slave # " + slave + " .");
                System.out.println("Slave # " + slave + " did job # " + job);
            }
            for (int slave = 1; slave <= 3; slave++) {
                System.out.println("Master informed slave # " + slave + " no more jobs.");
            }
        }
        MPI.Finalize();
    }
}
