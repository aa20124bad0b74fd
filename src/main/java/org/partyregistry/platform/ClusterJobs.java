package org.partyregistry.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Scheduled jobs that run once per cluster: every node's timer fires, and each run first claims its time slot in
 * {@code scheduled_run}; the node whose insert succeeds runs the job, every other node finds the slot taken and
 * skips it. Claims are committed at once, outside any transaction, so a slow run never holds the others up.
 */
@ApplicationScoped
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    /** How long a job's claims are kept (to see which node ran what). */
    static final Duration KEPT = Duration.ofDays(7);

    /** SQLSTATE of a unique key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ChinaClock clock;

    /**
     * Whether this node runs {@code job} in the slot of {@code every} that holds now (UTC): true for exactly one
     * node of the cluster. Called outside a transaction.
     */
    public boolean claim(String job, Duration every) {
        LocalDateTime now = clock.nowUtc();
        try (Connection connection = dataSource.getConnection()) {
            return claim(connection, job, slot(now, every), node(), now);
        } catch (SQLException e) {
            LOG.warning(() -> "Could not claim the scheduled job " + job + ": " + e.getMessage());
            return false;
        }
    }

    /** The slot of {@code every} (a whole number of minutes that divides a day) that holds {@code now}. */
    static LocalDateTime slot(LocalDateTime now, Duration every) {
        long minutes = every.toMinutes();
        if (minutes <= 0 || Duration.ofDays(1).toMinutes() % minutes != 0) {
            throw new IllegalArgumentException("a job's period must divide a day in whole minutes: " + every);
        }
        LocalDateTime day = now.toLocalDate().atStartOfDay();
        long minute = Duration.between(day, now).toMinutes();
        return day.plusMinutes(minute - minute % minutes);
    }

    /** Inserts the claim of {@code job} for {@code slot}; false when another node holds it. Old claims removed. */
    static boolean claim(Connection connection, String job, LocalDateTime slot, String node, LocalDateTime now)
            throws SQLException {
        connection.setAutoCommit(true);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO scheduled_run (job, slot, node, claimed_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setTimestamp(2, Timestamp.valueOf(slot));
            insert.setString(3, node.length() > 200 ? node.substring(0, 200) : node);
            insert.setTimestamp(4, Timestamp.valueOf(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
        try (PreparedStatement prune = connection.prepareStatement(
                "DELETE FROM scheduled_run WHERE job = ? AND slot < ?")) {
            prune.setString(1, job);
            prune.setTimestamp(2, Timestamp.valueOf(slot.minus(KEPT)));
            prune.executeUpdate();
        }
        return true;
    }

    /** This node's name in the claims: its process and host. */
    static String node() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
