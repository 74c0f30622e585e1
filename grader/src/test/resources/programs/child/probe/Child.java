package probe;

import mpi.MPI;

/** Rank 0 starts a process that would outlive the run, and prints its pid. */
public class Child {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 0) {
            Process p = new ProcessBuilder("sleep", "1000").start();
            System.out.println("child " + p.pid());
        }
        MPI.Finalize();
    }
}
