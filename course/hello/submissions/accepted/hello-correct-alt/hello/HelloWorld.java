// FIXTURE hello-correct-alt: correct, written differently (Size before Rank, String.format, final locals). Expected: pass at every rank count.
package hello;

import mpi.*;

public class HelloWorld {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        final int nprocs = MPI.COMM_WORLD.Size();
        final int me = MPI.COMM_WORLD.Rank();
        String line = String.format("Hello World from rank %d of a total of %d processes", me, nprocs);
        System.out.println(line);
        MPI.Finalize();
    }
}
