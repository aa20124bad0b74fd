package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scheduled jobs once per cluster, on H2: one claim per job and slot wins, whichever node asks first. */
class ClusterJobsSqlTest {

    static final Duration FIVE = Duration.ofMinutes(5);

    @Test
    @DisplayName("a job's slot is claimed once: the second node skips it, the next slot and other jobs are free")
    void onceBySlot() throws SQLException {
        String url = "jdbc:h2:mem:jobs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(ClusterJobsSqlTest.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration").load().migrate();
        try (Connection first = DriverManager.getConnection(url, "sa", "");
             Connection second = DriverManager.getConnection(url, "sa", "")) {
            LocalDateTime now = LocalDateTime.of(2026, 12, 1, 16, 3, 59);
            LocalDateTime slot = ClusterJobs.slot(now, FIVE);
            assertThat(ClusterJobs.claim(first, "job", slot, "node-1", now)).isTrue();
            assertThat(ClusterJobs.claim(second, "job", ClusterJobs.slot(now.plusSeconds(50), FIVE), "node-2",
                    now.plusSeconds(50))).as("same slot, another node").isFalse();
            assertThat(ClusterJobs.claim(second, "other", slot, "node-2", now)).isTrue();
            assertThat(ClusterJobs.claim(second, "job", ClusterJobs.slot(now.plusMinutes(2), FIVE), "node-2",
                    now.plusMinutes(2))).as("the next slot").isTrue();
            assertThat(claims(first, "job")).isEqualTo(2);

            LocalDateTime week = now.plusDays(8);
            assertThat(ClusterJobs.claim(first, "job", ClusterJobs.slot(week, FIVE), "node-1", week)).isTrue();
            assertThat(claims(first, "job")).as("claims older than a week removed").isEqualTo(1);
            assertThat(claims(first, "other")).as("another job's are its own").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a slot starts on a whole multiple of the period since midnight; a period must divide a day")
    void slots() {
        assertThat(ClusterJobs.slot(LocalDateTime.of(2026, 12, 1, 16, 3, 59), FIVE))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 16, 0));
        assertThat(ClusterJobs.slot(LocalDateTime.of(2026, 12, 1, 23, 59, 59), FIVE))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 23, 55));
        assertThat(ClusterJobs.slot(LocalDateTime.of(2026, 12, 1, 0, 5), FIVE))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 0, 5));
        assertThat(ClusterJobs.slot(LocalDateTime.of(2026, 12, 1, 13, 7), Duration.ofHours(6)))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 12, 0));
        assertThatThrownBy(() -> ClusterJobs.slot(LocalDateTime.of(2026, 12, 1, 0, 0), Duration.ofMinutes(7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int claims(Connection connection, String job) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM scheduled_run WHERE job = '" + job + "'")) {
            count.next();
            return count.getInt(1);
        }
    }
}
