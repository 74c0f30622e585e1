package ring;

import mpi.MPI;

/**
 * Lesson 05, MPI: values passed around a ring. Every rank R starts with the value R; at each of K
 * steps every rank passes the value it holds to its right neighbour, (R+1) mod N, takes the one
 * its left neighbour, (R-1) mod N, passes on, and adds it to its total.
 *
 * <p>Every rank sends and receives at the same time, so the exchange is one Sendrecv: a ring in
 * which every rank first calls the blocking Send would wait for ever, since MPJ Express's Send
 * waits until the matching receive is posted, and every rank would be in a Send. At 1 rank the
 * neighbours on both sides are the rank itself, and Sendrecv passes the value to itself.
 */
public class Ring {

    /** Used when no argument is given. */
    private static final int DEFAULT_STEPS = 5;
    /** Tag of the "here is my value" message. */
    private static final int TAG_VALUE = 7;

    public static void main(String[] args) {
        String[] rest = MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        int steps = rest.length > 0 ? Integer.parseInt(rest[0]) : DEFAULT_STEPS;

        int right = (rank + 1) % size;
        int left = (rank - 1 + size) % size; // + size: Java's % keeps the sign of rank - 1
        int[] send = {rank};
        int[] received = new int[1];
        long total = 0;
        for (int step = 1; step <= steps; step++) {
            MPI.COMM_WORLD.Sendrecv(send, 0, 1, MPI.INT, right, TAG_VALUE,
                received, 0, 1, MPI.INT, left, TAG_VALUE);
            total += received[0];
            send[0] = received[0]; // what came in goes on at the next step
        }
        System.out.println("Rank " + rank + " received a total of " + total + " after " + steps + " steps");

        MPI.Finalize();
    }
}
