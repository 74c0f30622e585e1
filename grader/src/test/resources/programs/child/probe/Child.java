package probe;

import mpi.MPI;

/** Rank 0 starts a process that would outlive the run ({@code sleep ARG}, ARG making it findable), then ends. */
public class Child {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 0) {
            new ProcessBuilder("sleep", args[0]).start();
            System.out.println("child started");
        }
        MPI.Finalize();
    }
}
