package org.conflicttally.job;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The standalone cluster's port (127.0.0.1:7077) is one per machine: builds of two checkouts, or two test
 * classes, that start clusters must take turns. A turn is a lock on a file in the temporary folder, held
 * until {@link #close()}, and then a wait until no cluster started by someone else holds the port.
 */
final class ClusterTurn implements AutoCloseable {
    static final int PORT = 7077;
    private static final Path LOCK = Path.of(System.getProperty("java.io.tmpdir"), "conflict-tally-cluster.lock");

    private final FileChannel channel;

    private ClusterTurn(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Waits for the lock, then up to {@code patience} for port {@value #PORT} to be free (a cluster of this
     * checkout that scripts/cluster reports as running counts as free: the caller uses it as it is).
     */
    static ClusterTurn await(Duration patience) throws IOException, InterruptedException {
        FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() == null) {
                System.out.println("another build's cluster test holds " + LOCK + ": waiting for it");
                long start = System.nanoTime();
                channel.lock();
                System.out.printf("  waited %.0f s%n", (System.nanoTime() - start) / 1e9);
            }
            long deadline = System.nanoTime() + patience.toNanos();
            boolean told = false;
            while (portTaken() && Scripts.run(Duration.ofMinutes(1), "cluster", "status").exitCode() == 3) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("127.0.0.1:" + PORT + " is held by a process of another checkout or "
                            + "user for over " + patience.toMinutes() + " min: stop that Spark master first");
                }
                if (!told) {
                    System.out.println("127.0.0.1:" + PORT + " is taken by another cluster: waiting for it to stop");
                    told = true;
                }
                Thread.sleep(2000);
            }
            return new ClusterTurn(channel);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            channel.close();
            throw e;
        }
    }

    private static boolean portTaken() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();   // releases the lock
    }
}
