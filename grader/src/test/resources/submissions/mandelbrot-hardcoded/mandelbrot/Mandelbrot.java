// FIXTURE mandelbrot-hardcoded: computes nothing; rank 0 prints the memorised checksum of the default 200x200 picture and writes no image. Expected: fail at every rank count whenever the image is asked for or the arguments differ from the defaults (passes a checksum-only check at the defaults).
package mandelbrot;

import mpi.MPI;

public class Mandelbrot {
    public static void main(String[] args) {
        MPI.Init(args);
        if (MPI.COMM_WORLD.Rank() == 0) {
            System.out.println("Checksum: 15383188");
        }
        MPI.Finalize();
    }
}
