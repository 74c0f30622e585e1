// Hostile: after greeting, rank 1 writes a 1 GB file in its folder, to fill the disk. Expected: pass at 1; resource limit (file size) at 2+.
package hello;

import java.io.FileOutputStream;
import java.io.OutputStream;
import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        if (rank == 1) {
            byte[] block = new byte[1 << 20];
            try (OutputStream out = new FileOutputStream("fill.bin")) {
                for (int i = 0; i < 1024; i++) {
                    out.write(block);
                }
            }
        }
        MPI.Finalize();
    }
}
