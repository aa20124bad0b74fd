package org.partyregistry.it.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Loopback ports free at the moment of asking, for the processes a test starts. */
public final class Ports {

    private Ports() {
    }

    /** A port the system hands out as free. */
    public static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * The first of {@code count} consecutive free ports, drawn at random from 30000–59999: far from the ports other
     * programs' defaults take (Payara Micro's data grid binds 6900 and up), and unlikely to be another run's.
     */
    public static int freeRun(int count) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(30_000, 60_000 - count);
            if (allFree(first, count)) {
                return first;
            }
        }
        throw new IllegalStateException("No " + count + " consecutive free ports found between 30000 and 59999");
    }

    private static boolean allFree(int first, int count) {
        for (int port = first; port < first + count; port++) {
            try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
