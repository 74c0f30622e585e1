package probe;

import mpi.MPI;

/** Rank 0 starts threads without end, each sleeping. */
public class Threads {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 0) {
            while (true) {
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                });
                t.setDaemon(true);
                t.start();
            }
        }
        MPI.Finalize();
    }
}
