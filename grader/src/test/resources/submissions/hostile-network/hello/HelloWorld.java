// Hostile: looks on TCP ports 1-1024 and 40000-40199 of 127.0.0.1 for the grading machine's service (the test starts one there that greets with SECRET-SERVICE) and tries a public address; throws if either answers, otherwise a correct hello. Expected: pass everywhere (the run has no network).
package hello;

import java.net.InetSocketAddress;
import java.net.Socket;
import mpi.MPI;

public class HelloWorld {
    public static void main(String[] args) throws Exception {
        MPI.Init(args);
        int rank = MPI.COMM_WORLD.Rank();
        int size = MPI.COMM_WORLD.Size();
        if (rank == 0) {
            for (int port = 1; port < 40200; port = port == 1024 ? 40000 : port + 1) {
                if (greets("127.0.0.1", port)) {
                    throw new IllegalStateException("127.0.0.1:" + port + " answered");
                }
            }
            if (answers("1.1.1.1", 443, 1000)) {
                throw new IllegalStateException("1.1.1.1:443 answered");
            }
        }
        System.out.println("Hello World from rank " + rank + " of a total of " + size + " processes");
        MPI.Finalize();
    }

    /** Whether the port is the machine's service (MPJ Express's own ports in this JVM are not). */
    private static boolean greets(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 50);
            socket.setSoTimeout(200);
            byte[] banner = socket.getInputStream().readNBytes(14);
            return new String(banner, java.nio.charset.StandardCharsets.US_ASCII).equals("SECRET-SERVICE");
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean answers(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
