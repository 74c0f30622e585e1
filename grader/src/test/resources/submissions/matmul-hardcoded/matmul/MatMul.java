// FIXTURE matmul-hardcoded: multiplies nothing; prints n1*n3 and n1, the answers for unseeded input (every element of C is 1). Expected: pass without a seed at every rank count; fail with any seed (e.g. 30 41 23 7).
package matmul;

import mpi.MPI;

public class MatMul {
    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int n1 = rest.length > 0 ? Integer.parseInt(rest[0]) : 300;
        int n3 = rest.length > 2 ? Integer.parseInt(rest[2]) : 400;
        if (MPI.COMM_WORLD.Rank() == 0) {
            System.out.println("Checksum: " + (double) n1 * n3);
            System.out.println("Trace-like: " + (double) n1);
        }
        MPI.Finalize();
    }
}
