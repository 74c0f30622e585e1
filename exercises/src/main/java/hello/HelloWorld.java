package hello;

import mpi.MPI;

/**
 * Lesson 07, Hello World: every process runs this same program.
 *
 * <p>Task: see exercises/tasks/hello.md. Keep the class name, the package and the calls to
 * MPI.Init and MPI.Finalize; fill in the TODOs.
 */
public class HelloWorld {

    public static void main(String[] args) {
        // Init must come before any other MPI call. It removes MPJ Express's own arguments from
        // args and returns the program's arguments (this program has none).
        MPI.Init(args);

        // TODO 1: ask the communicator of all processes, MPI.COMM_WORLD, for this process's rank
        //         (Rank()) and for the number of processes (Size()).

        // TODO 2: print exactly one line, with R the rank and N the number of processes:
        //             Hello World from rank R of a total of N processes
        //         Run the program several times with 4 processes: in what order do the lines come?

        // Every process calls Finalize once, after its last MPI call.
        MPI.Finalize();
    }
}
