package org.partyregistry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real nginx (Debian's package) balancing the given nodes, run as the current user in the foreground from its own
 * prefix folder (configuration, pid, logs), with the configuration rendered from the templates a site starts from:
 * {@code config/nginx/party-registry.conf.template} (the site) inside {@code config/nginx/nginx.conf.template}.
 */
public final class Nginx implements AutoCloseable {

    /** The nginx binary: {@code -Dit.nginx}, else Debian's. */
    public static final Path BINARY = Path.of(System.getProperty("it.nginx", "/usr/sbin/nginx"));
    /** The response header the standalone configuration adds: which node(s) the request went to. */
    public static final String UPSTREAM_HEADER = "X-Registry-Upstream";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(REGISTRY_[A-Z0-9_]+)}");

    private final Process process;
    private final Path prefix;
    private final int port;

    private Nginx(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    /**
     * Renders the templates from {@code templates} into {@code prefix} and starts nginx listening on a free loopback
     * port in front of {@code nodes} ({@code host:port} each); returns once it accepts connections.
     */
    public static Nginx start(Path templates, Path prefix, List<String> nodes) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("nginx not found at " + BINARY + ": install it (Debian: apt-get install "
                    + "nginx) or name it with -Dit.nginx=PATH; -P '!cluster' leaves the two-node test out");
        }
        if (nodes.size() != 2) {
            throw new IllegalArgumentException("the site template balances two nodes, not " + nodes.size());
        }
        try {
            Files.createDirectories(prefix.resolve("logs"));
            int port = Ports.free();
            Path site = prefix.resolve("site.conf");
            Files.writeString(site, render(templates.resolve("party-registry.conf.template"), Map.of(
                    "REGISTRY_LISTEN", "127.0.0.1:" + port, "REGISTRY_NODE_1", nodes.get(0),
                    "REGISTRY_NODE_2", nodes.get(1))), StandardCharsets.UTF_8);
            Files.writeString(prefix.resolve("nginx.conf"), render(templates.resolve("nginx.conf.template"),
                    Map.of("REGISTRY_SITE", site.toAbsolutePath().toString())), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(BINARY.toString(), "-p", prefix.toAbsolutePath() + "/", "-e",
                    "logs/error.log", "-c", "nginx.conf", "-g", "daemon off;").directory(prefix.toFile())
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/console.log").toFile()).start();
            Nginx nginx = new Nginx(process, prefix, port);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start nginx from " + BINARY, e);
        }
    }

    /**
     * The template with each {@code ${NAME}} of {@code values} replaced, as {@code envsubst} with that list of names
     * does; a {@code ${REGISTRY_...}} left outside a comment (no value given for it) fails.
     */
    static String render(Path template, Map<String, String> values) throws IOException {
        StringBuilder rendered = new StringBuilder();
        for (String line : Files.readAllLines(template, StandardCharsets.UTF_8)) {
            String replaced = line;
            for (Map.Entry<String, String> value : values.entrySet()) {
                replaced = replaced.replace("${" + value.getKey() + "}", value.getValue());
            }
            Matcher left = PLACEHOLDER.matcher(replaced);
            if (!replaced.strip().startsWith("#") && left.find()) {
                throw new IllegalArgumentException("No value for ${" + left.group(1) + "} in " + template);
            }
            rendered.append(replaced).append('\n');
        }
        return rendered.toString();
    }

    /** {@code http://127.0.0.1:PORT} */
    public String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("nginx not listening on " + port + " within 20 s: " + log());
    }

    /** nginx's console output and error log. */
    public String log() {
        StringBuilder all = new StringBuilder();
        for (String name : List.of("logs/console.log", "logs/error.log")) {
            try {
                all.append(Files.readString(prefix.resolve(name), StandardCharsets.UTF_8));
            } catch (IOException missing) {
                // not written
            }
        }
        return all.toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
