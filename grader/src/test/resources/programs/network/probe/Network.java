package probe;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import mpi.MPI;

/** Listens on loopback and connects to itself: works on any machine with a network, not in a network namespace. */
public class Network {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), server.getLocalPort()), 2000);
            System.out.println("connected");
        } catch (Exception e) {
            System.out.println("no network: " + e.getClass().getSimpleName());
        }
        MPI.Finalize();
    }
}
