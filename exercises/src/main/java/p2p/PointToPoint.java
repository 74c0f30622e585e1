package p2p;

import mpi.MPI;

/**
 * Lesson 08, point-to-point communication: every rank R > 0 sends R*R to rank 0, which receives
 * the values in rank order and prints them.
 *
 * <p>Task: see exercises/tasks/p2p.md. Keep the class name, the package, the tag and the calls to
 * MPI.Init and MPI.Finalize; fill in the TODOs.
 */
public class PointToPoint {

    /** Tag of the "here is my square" message; sender and receiver must use the same one. */
    private static final int TAG_SQUARE = 11;

    public static void main(String[] args) {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();

        if (rank == 0) {
            // TODO 1: for source = 1, 2, ..., size-1, in that order:
            //         - receive one int from that source with tag TAG_SQUARE:
            //               MPI.COMM_WORLD.Recv(buffer, offset, count, MPI.INT, source, TAG_SQUARE)
            //           MPJ Express sends and receives arrays: use an int[1] as the buffer;
            //         - print exactly:  Received from process R : sq = S
            //           with R the source and S the value received.
        } else {
            // TODO 2: put rank * rank into a one-element int array and send it to rank 0:
            //             MPI.COMM_WORLD.Send(array, offset, count, MPI.INT, 0, TAG_SQUARE)
            //         Send waits until rank 0 has posted the matching Recv.
        }

        MPI.Finalize();
    }
}
