package org.partyregistry.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Serialises the start-up of nodes that share one PostgreSQL database: migrating, loading the demo data and creating
 * the admin account happen under a PostgreSQL session-level advisory lock, so the first node does them and every
 * other node waits, then finds the work done and skips it. Flyway's own lock only covers the migration (and uses
 * the one-number key space); this lock uses the two-number key space with its own class number, so the two never
 * meet. The lock lives on a connection of its own, outside any transaction; PostgreSQL drops it when that
 * connection ends, so a node that dies while holding it does not block the others.
 * <p>
 * On H2 (a file database, one node) there is nothing to serialise and the lock is a no-op.
 */
final class StartupLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());
    /** The advisory lock's class number: "PREG" in ASCII, so that other applications' locks are unlikely to meet it. */
    static final int LOCK_CLASS = 0x50524547;
    static final Duration POLL = Duration.ofMillis(500);

    private final Connection connection;
    private final String key;

    private StartupLock(Connection connection, String key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Takes the start-up lock for {@code schema} (several installations may share one database in their own
     * schemas), waiting up to {@code patience} for another node to finish its start-up.
     */
    static StartupLock take(DataSource dataSource, String schema, Duration patience) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (!connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                connection.close();
                return new StartupLock(null, null);
            }
            connection.setAutoCommit(true);
            String key = "party-registry start-up " + schema;
            long deadline = System.nanoTime() + patience.toNanos();
            boolean told = false;
            while (!tryLock(connection, key)) {
                if (System.nanoTime() > deadline) {
                    throw new SQLException("Another node has been starting the application on this database for "
                            + "over " + patience.toSeconds() + " s; giving up waiting for its start-up lock");
                }
                if (!told) {
                    LOG.info("Another node is migrating or loading this database; waiting for it to finish");
                    told = true;
                }
                Thread.sleep(POLL.toMillis());
            }
            return new StartupLock(connection, key);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        } catch (InterruptedException e) {
            connection.close();
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the start-up lock", e);
        }
    }

    private static boolean tryLock(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_try_advisory_lock(?, hashtext(?))")) {
            statement.setInt(1, LOCK_CLASS);
            statement.setString(2, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Releases the lock before the connection goes back to the pool (a pooled connection's session lives on). */
    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        try (connection;
             PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
            statement.setInt(1, LOCK_CLASS);
            statement.setString(2, key);
            statement.execute();
        }
    }
}
