// Hostile: a correct hello, handed in with classes named like the grader's own runner (org.mpjgrader.runner.RankRunner, Channel) that print "PASS" and channel-like lines. Expected: pass everywhere, the fakes never run.
package hello;

import mpi.MPI;

/**
 * Lesson 07, Hello World: every process runs this same program.
 *
 * <p>The only thing that tells the copies apart is their rank, so each one asks MPI for its rank
 * and for the number of processes and prints both. Run it a few times: the lines come out in a
 * different order each time, because rank numbers say nothing about which process runs first.
 */
public class HelloWorld {

    public static void main(String[] args) {
        // Init must come before any other MPI call. MPJ Express passes its own bookkeeping
        // arguments to main; Init strips them and returns ours (none are used here).
        MPI.Init(args);

        int rank = MPI.COMM_WORLD.Rank(); // who am I: 0 .. size-1
        int size = MPI.COMM_WORLD.Size(); // how many of us were started with -np

        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");

        // Every process must call Finalize, after its last MPI call.
        MPI.Finalize();
    }
}
