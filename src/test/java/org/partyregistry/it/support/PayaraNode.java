package org.partyregistry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Micro node run as a plain process, outside Arquillian: the Payara Micro jar the build copies
 * ({@code payara.microJar}) deploying a WAR at the root context on a free loopback port, without clustering, or the
 * packaged microbundle with the options given (clustered nodes), with the given system properties (the application
 * reads its settings from them before the environment, which the node inherits). For tests and benchmarks that need
 * more than the suite's one server: nodes starting together, a cluster, or the start-up time of a node.
 */
public final class PayaraNode implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PayaraNode(Process process, int port, Path log, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** The Payara Micro jar the build copied ({@code -Dpayara.microJar}, else {@code target/payara-micro.jar}). */
    public static Path microJar() {
        return Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    }

    /** The product WAR the build packaged ({@code -Dregistry.war}, else {@code target/party-registry.war}). */
    public static Path productWar() {
        return Path.of(System.getProperty("registry.war", "target/party-registry.war"));
    }

    /**
     * Starts a node in {@code folder} (its WAR copy as {@code ROOT.war}, its log, its data folder) and returns at
     * once; {@link #awaitReady} waits for it.
     */
    public static PayaraNode start(Path war, Path folder, Map<String, String> properties, List<String> jvmOptions) {
        try {
            Files.createDirectories(folder);
            Path root = folder.resolve("ROOT.war");
            Files.copy(war, root, StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-DREGISTRY_DATA_DIR=" + folder.resolve("data"));
            properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
            command.addAll(List.of("-jar", microJar().toAbsolutePath().toString(), "--nocluster", "--port",
                    String.valueOf(port), "--deploy", root.toString()));
            return launch(command, folder, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro from " + microJar(), e);
        }
    }

    /**
     * Starts the packaged microbundle ({@code java -jar party-registry-microbundle.jar}) in {@code folder} with the
     * given Payara Micro options (cluster options, instance name) on a free loopback HTTP port, and returns at once.
     * Its temporary files (the unpacked runtime) stay in the folder: a node killed with {@code kill -9} leaves
     * nothing in the system's temporary folder.
     */
    public static PayaraNode startBundle(Path bundle, Path folder, Map<String, String> properties,
            List<String> jvmOptions, List<String> options) {
        try {
            Files.createDirectories(folder.resolve("tmp"));
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-Djava.io.tmpdir=" + folder.resolve("tmp").toAbsolutePath());
            command.add("-DREGISTRY_DATA_DIR=" + folder.resolve("data").toAbsolutePath());
            properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
            command.addAll(List.of("-jar", bundle.toAbsolutePath().toString()));
            command.addAll(options);
            command.addAll(List.of("--port", String.valueOf(port)));
            return launch(command, folder, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + bundle, e);
        }
    }

    private static PayaraNode launch(List<String> command, Path folder, int port) throws IOException {
        Path log = folder.resolve("node.log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new PayaraNode(process, port, log, started);
    }

    /** {@code http://127.0.0.1:PORT} */
    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code path} answers 200 with a body containing {@code expected} (e.g. {@code /health/ready} naming
     * the application's own check, which only a deployed application has) and returns the time since the process
     * started; fails with the end of the node's log when the process ends or time runs out.
     */
    public Duration awaitReady(String path, String expected, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                .GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro on port " + port + " exited with "
                        + process.exitValue() + ": " + logTail());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(expected)) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notListening) {
                // not yet listening
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException("Payara Micro on port " + port + " not ready at " + path + " within "
                + patience.toSeconds() + " s: " + logTail());
    }

    /**
     * Kills the node with {@code kill -9 PID} (no shutdown of any kind; the shell's built-in, which needs no procps)
     * and waits until the process is gone.
     */
    public void kill() {
        try {
            Process kill = new ProcessBuilder("sh", "-c", "kill -9 " + process.pid()).inheritIO().start();
            if (kill.waitFor() != 0 || !process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("kill -9 " + process.pid() + " did not end the node");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run kill -9 " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The node's resident memory in KiB (Linux), if the process still runs. */
    public Optional<Long> residentKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // not Linux, or the process has ended
        }
        return Optional.empty();
    }

    /** The node's output so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private String logTail() {
        String all = log();
        return all.length() > 6000 ? "..." + all.substring(all.length() - 6000) : all;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes a node's folder (its WAR copy, log and data); what cannot be deleted is left. */
    public static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException gone) {
            // already gone, or left for the next clean-up of the temporary folder
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
