import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community running in-process, reachable only over Bolt on 127.0.0.1, for development and tests.
 *
 * Run with Java's single-file launcher (no build step); neo4j/embedded.ts supplies the classpath and JVM flags:
 *   java @flags -cp <classpath> neo4j/src/EmbeddedNeo4j.java --data-dir <dir> --port <port>
 *        [--page-cache 128m] [--transaction-memory 128m] [--exit-on-stdin-eof]
 *
 * Stdout is a protocol for the parent process: exactly NEO4J_BOLT_READY <uri> when Bolt answers, and
 * NEO4J_STOPPED after a clean shutdown. Neo4j's own logs go to <data-dir>/logs.
 */
public class EmbeddedNeo4j {
    private static final String DATABASE = "neo4j";
    private static final int EXIT_USAGE = 2;
    private static final String USAGE =
            "usage: EmbeddedNeo4j.java [--data-dir DIR] [--port 1-65535] [--page-cache SIZE] [--transaction-memory SIZE] [--exit-on-stdin-eof]";

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(".data", "neo4j");
        int port = 7687;
        long pageCache = ByteUnit.mebiBytes(128);
        long transactionMemory = ByteUnit.mebiBytes(128);
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(requireValue(args, ++i, "--data-dir"));
                case "--port" -> port = parsePort(requireValue(args, ++i, "--port"));
                case "--page-cache" -> pageCache = parseSize(requireValue(args, ++i, "--page-cache"), "--page-cache");
                case "--transaction-memory" -> transactionMemory = parseSize(requireValue(args, ++i, "--transaction-memory"), "--transaction-memory");
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> usageError("unknown argument: " + args[i]);
            }
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            usageError("cannot create --data-dir " + dataDir + ": " + e);
        }

        // Anything Neo4j or a library prints to stdout would corrupt the READY/STOPPED protocol, so stdout is
        // kept for ourselves and System.out is pointed at stderr.
        PrintStream protocol = System.out;
        System.setOut(System.err);

        // Registered before starting so a SIGTERM during a slow first start still closes the store cleanly.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                DatabaseManagementService service = running.get();
                if (service != null) {
                    service.shutdown();
                }
                protocol.println("NEO4J_STOPPED");
                protocol.flush();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        DatabaseManagementService dbms = start(dataDir, port, pageCache, transactionMemory);
        running.set(dbms);

        if (!dbms.database(DATABASE).isAvailable(TimeUnit.MINUTES.toMillis(5))) {
            System.err.println("database '" + DATABASE + "' did not become available; see " + dataDir.resolve("logs"));
            System.exit(1);
        }
        awaitBolt(port, Duration.ofSeconds(60));
        protocol.println("NEO4J_BOLT_READY bolt://127.0.0.1:" + port);
        protocol.flush();

        if (exitOnStdinEof) {
            // The parent holds our stdin open; EOF means it died without stopping us (e.g. SIGKILL), so don't
            // linger as an orphan holding the port and the store lock.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // ignore input
                    }
                } catch (IOException ignored) {
                    // treat a broken pipe like EOF
                }
                System.exit(0);
            }, "stdin-eof-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        stopped.await();
    }

    private static DatabaseManagementService start(Path dataDir, int port, long pageCache, long transactionMemory) {
        // The data dir doubles as Neo4j's home, so the store lands in <dir>/data and logs in <dir>/logs.
        return new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Localhost-only dev/test database: no credentials to manage.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                // Defaults size themselves from machine RAM; keep the footprint predictable next to -Xmx.
                // Room for two transactions of the largest size: reads go on beside a seed.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 2 * transactionMemory)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMemory)
                // Defaults preallocate 256 MiB transaction log files and keep two days of them: too much for
                // throwaway test stores.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
                // Bolt otherwise waits a 5 s Netty quiet period on shutdown, which every test restart would pay.
                // Internal setting: recheck when upgrading past 5.26.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    /** Database availability does not prove the Bolt socket is accepting, so do a real Bolt handshake. */
    private static void awaitBolt(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.setSoTimeout(5000);
                // Magic preamble, then four proposed versions (5.0-5.4, 4.4, none, none) as [0, range, minor, major].
                socket.getOutputStream().write(new byte[] {
                        0x60, 0x60, (byte) 0xB0, 0x17,
                        0, 4, 4, 5,
                        0, 0, 4, 4,
                        0, 0, 0, 0,
                        0, 0, 0, 0});
                byte[] agreed = socket.getInputStream().readNBytes(4);
                if (agreed.length == 4 && agreed[3] != 0) {
                    return;
                }
                last = new IOException("Bolt handshake refused");
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        System.err.println("Bolt did not accept connections on 127.0.0.1:" + port + ": " + last);
        System.exit(1);
    }

    private static String requireValue(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            usageError(flag + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        usageError("--port must be an integer 1-65535, got '" + value + "'");
        return -1;
    }

    private static long parseSize(String value, String flag) {
        try {
            long bytes = ByteUnit.parse(value);
            if (bytes > 0) {
                return bytes;
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the error below
        }
        usageError(flag + " must be a size such as 128m or 2g, got '" + value + "'");
        return -1;
    }

    private static void usageError(String message) {
        System.err.println("EmbeddedNeo4j: " + message);
        System.err.println(USAGE);
        System.exit(EXIT_USAGE);
    }
}
