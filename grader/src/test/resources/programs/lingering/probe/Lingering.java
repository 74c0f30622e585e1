package probe;

import mpi.MPI;

/** Rank 0 starts a thread that never ends, then returns from main as if all was well. */
public class Lingering {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 0) {
            Thread t = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "forever");
            t.start();
        }
        System.out.println("done");
        MPI.Finalize();
    }
}
