package probe;

import java.net.InetSocketAddress;
import java.net.Socket;
import mpi.MPI;

/** Connects to the port given, on the machine's loopback: a service of the grading machine it should not reach. */
public class Network {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 2000);
            System.out.println("connected");
        } catch (Exception e) {
            System.out.println("no network: " + e.getClass().getSimpleName());
        }
        MPI.Finalize();
    }
}
