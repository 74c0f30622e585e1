package probe;

import mpi.MPI;

/** Rank 0 prints a line and halts the JVM: no shutdown hook runs, the runner cannot say goodbye. */
public class Halt {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 0) {
            System.out.println("before halt");
            System.out.flush();
            Runtime.getRuntime().halt(7);
        }
        Thread.sleep(60_000);
        MPI.Finalize();
    }
}
