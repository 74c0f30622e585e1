package p2p;

import mpi.MPI;

/**
 * Lesson 08, point-to-point communication: every rank R > 0 sends R*R to rank 0 with a blocking
 * Send, and rank 0 receives the values one sender at a time, in rank order, and prints them.
 *
 * <p>Note how rank 0's receive loop is serial: it handles one message after the other while the
 * others wait. That is why real programs keep messages few and large, and use collective
 * operations (lesson 09) wherever they can.
 */
public class PointToPoint {

    /** Tag of the "here is my square" message; sender and receiver must agree on it. */
    private static final int TAG_SQUARE = 11;

    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();

        if (rank == 0) {
            // MPJ Express sends and receives arrays: a one-element array carries one int.
            int[] buffer = new int[1];
            // Receiving from an explicit source (not MPI.ANY_SOURCE) makes the lines come out
            // in rank order, whatever order the messages were actually sent in.
            for (int source = 1; source < size; source++) {
                MPI.COMM_WORLD.Recv(buffer, 0, 1, MPI.INT, source, TAG_SQUARE);
                System.out.println("Received from process " + source + " : sq = " + buffer[0]);
            }
        } else {
            int[] square = {rank * rank};
            // Send blocks until rank 0 posts the matching Recv: rank 0 must never send to us
            // first while we are stuck here, or both would wait for ever (a deadlock).
            MPI.COMM_WORLD.Send(square, 0, 1, MPI.INT, 0, TAG_SQUARE);
        }

        MPI.Finalize();
    }
}
