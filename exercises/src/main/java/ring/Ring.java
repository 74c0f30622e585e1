package ring;

import mpi.MPI;

/**
 * Lesson 05, MPI: values passed around a ring. Every rank R starts with the value R; at each of K
 * steps every rank passes the value it holds to its right neighbour and takes the one its left
 * neighbour passes, adding it to its total.
 *
 * <p>Task: see exercises/tasks/ring.md. Keep the class name, the package, the reading of the
 * argument and the calls to MPI.Init and MPI.Finalize; fill in the TODOs.
 */
public class Ring {

    /** Used when no argument is given. */
    private static final int DEFAULT_STEPS = 5;
    /** Tag of the "here is my value" message; sender and receiver must use the same one. */
    private static final int TAG_VALUE = 7;

    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int steps = rest.length > 0 ? Integer.parseInt(rest[0]) : DEFAULT_STEPS;

        // TODO 1: compute the neighbours: right = (rank + 1) mod size, left = (rank - 1) mod size.
        //         Careful: in Java, (0 - 1) % size is -1, not size - 1: add size before taking %.

        // TODO 2: keep the value you hold in a one-element int array (MPJ Express sends arrays),
        //         starting with your rank, and a long total starting at 0.

        // TODO 3: repeat `steps` times:
        //         - send the value you hold to `right` and receive a value from `left`, in one call:
        //               MPI.COMM_WORLD.Sendrecv(sendbuf, 0, 1, MPI.INT, right, TAG_VALUE,
        //                                       recvbuf, 0, 1, MPI.INT, left, TAG_VALUE)
        //           (a Send followed by a Recv on every rank waits for ever: MPJ Express's Send
        //           waits until the matching Recv is posted, and every rank would be in its Send);
        //         - add the value received to the total;
        //         - the value received is the one you pass on at the next step.

        // TODO 4: print exactly:  Rank R received a total of S after K steps
        //         with R your rank, S your total and K the number of steps.

        MPI.Finalize();
    }
}
