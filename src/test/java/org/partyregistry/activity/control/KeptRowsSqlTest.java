package org.partyregistry.activity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.platform.DateRange;

/**
 * Rule ACT21 on H2: kept rows are read back, not computed again, until a mark or another month's end says otherwise
 * (ComplianceApiIT checks on H2 and PostgreSQL that what is read back equals the facts).
 */
class KeptRowsSqlTest {

    static final DateRange YEAR = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final LocalDate THROUGH = ComplianceKept.through(YEAR, TODAY);

    @Test
    @DisplayName("ACT21 a second report reads what the first wrote; a mark, a mark on all or a new month recompute")
    void keptRowsAreReused() throws SQLException {
        try (Connection connection = database()) {
            organizations(connection);
            assertThat(stale(connection, THROUGH)).as("nothing kept yet").containsExactly(1L, 2L, 3L, 4L);

            Map<Long, List<ComplianceReport.Row>> fresh = new HashMap<>();
            for (long id = 1; id <= 4; id++) {
                fresh.put(id, rows((int) id));
            }
            write(connection, fresh);
            KeptRows.Snapshot again = snapshot(connection, THROUGH);
            assertThat(again.stale()).as("read back, not computed").isEmpty();
            again.entries().forEach(e -> {
                assertThat(KeptFigures.decode(e.figures())).isEqualTo(fresh.get(e.life().id()));
                assertThat(e.missing()).isEqualTo(ComplianceReport.missing(fresh.get(e.life().id()))).isPositive();
            });
            assertThat(again.entries().get(1).life().establishedOn()).isEqualTo(LocalDate.of(2000, 1, 1));
            assertThat(again.entries().get(1).life().dissolvedOn()).isNull();
            assertThat(stale(connection, THROUGH.plusDays(20))).as("counted to another month's end")
                    .containsExactly(1L, 2L, 3L, 4L);

            execute(connection, "INSERT INTO compliance_mark (organization_id) VALUES (3)");
            assertThat(stale(connection, THROUGH)).as("marked").containsExactly(3L);
            write(connection, Map.of(3L, rows(7)));
            assertThat(stale(connection, THROUGH)).as("the mark removed once written back").isEmpty();
            assertThat(KeptFigures.decode(snapshot(connection, THROUGH).entries().get(2).figures())).isEqualTo(rows(7));
            assertThat(snapshot(connection, THROUGH).entries().get(2).missing()).isEqualTo(4);

            execute(connection, "INSERT INTO compliance_mark (organization_id) VALUES (NULL)");
            assertThat(stale(connection, THROUGH)).as("a mark on all").containsExactly(1L, 2L, 3L, 4L);
        }
    }

    static final DateRange LAST_YEAR = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    @DisplayName("ACT21 an activity's mark dates out only the rows counting its day, in every period; then it is gone")
    void datedMarks() throws SQLException {
        try (Connection connection = database()) {
            organizations(connection);
            Map<Long, List<ComplianceReport.Row>> fresh = new HashMap<>();
            for (long id = 1; id <= 4; id++) {
                fresh.put(id, rows((int) id));
            }
            write(connection, fresh);
            KeptRows.lock(connection);
            KeptRows.write(connection, lastYear(connection), fresh, LAST_YEAR, LAST_YEAR.to(), false);
            assertThat(stale(connection, THROUGH)).isEmpty();
            assertThat(lastYear(connection).stale()).isEmpty();

            execute(connection, "INSERT INTO compliance_mark (organization_id, held_on) VALUES (2, DATE '2025-06-01')");
            assertThat(stale(connection, THROUGH)).as("a day of last year leaves this year's rows").isEmpty();
            assertThat(lastYear(connection).stale()).as("and dates out last year's").extracting(OrganizationLife::id)
                    .containsExactly(2L);
            execute(connection, "INSERT INTO compliance_mark (organization_id, held_on) VALUES (3, "
                    + "DATE '" + THROUGH.plusDays(5) + "')");
            assertThat(stale(connection, THROUGH)).as("a day after the last closed month counts nowhere yet")
                    .isEmpty();
            execute(connection, "INSERT INTO compliance_mark (organization_id, held_on) VALUES (4, "
                    + "DATE '" + THROUGH + "')");
            assertThat(stale(connection, THROUGH)).as("the last closed month's last day").containsExactly(4L);

            write(connection, Map.of(4L, rows(9)));
            assertThat(stale(connection, THROUGH)).as("written back").isEmpty();
            assertThat(lastYear(connection).stale()).as("the marks read were gone through: last year's row of 2 "
                    + "removed with its mark").extracting(OrganizationLife::id).containsExactly(2L);
            try (Statement sql = connection.createStatement();
                 java.sql.ResultSet marks = sql.executeQuery("SELECT COUNT(*) FROM compliance_mark")) {
                marks.next();
                assertThat(marks.getLong(1)).as("every mark read removed").isZero();
            }
        }
    }

    private static KeptRows.Snapshot lastYear(Connection connection) throws SQLException {
        return KeptRows.snapshot(connection, "/1/", LAST_YEAR.from(), LAST_YEAR.to(), LAST_YEAR, LAST_YEAR.to());
    }

    @Test
    @DisplayName("ACT21 no mark for an activity of the month in progress, but on its last day")
    void marksNeeded() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertThat(ComplianceMarks.markNeeded(today, today)).isFalse();
        assertThat(ComplianceMarks.markNeeded(LocalDate.of(2026, 11, 1), today)).isFalse();
        assertThat(ComplianceMarks.markNeeded(LocalDate.of(2026, 10, 31), today)).isTrue();
        assertThat(ComplianceMarks.markNeeded(LocalDate.of(2025, 11, 20), today)).as("a year ago").isTrue();
        assertThat(ComplianceMarks.markNeeded(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(ComplianceMarks.markNeeded(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 28))).isTrue();
    }

    @Test
    @DisplayName("a day as the database gives it as text, read without a calendar")
    void days() {
        assertThat(KeptRows.day("2025-01-31")).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(KeptRows.day("0999-12-01")).isEqualTo(LocalDate.of(999, 12, 1));
        assertThat(KeptRows.day(null)).isNull();
        assertThat(KeptRows.day("+12025-01-31")).as("any other ISO form").isEqualTo(LocalDate.of(12025, 1, 31));
    }

    /** One report's own rows: a monthly themed party day with {@code held} held, nothing else required. */
    private static List<ComplianceReport.Row> rows(int held) {
        return java.util.Arrays.stream(ActivityType.values()).map(type -> type == ActivityType.THEMED_PARTY_DAY
                ? new ComplianceReport.Row(type, Frequency.MONTHLY, 10, held, held - 1, Math.max(0, 10 - held + 1),
                YEAR.from(), THROUGH, null)
                : ComplianceReport.Row.of(type, Frequency.NONE, 0, 0, 0)).toList();
    }

    private static KeptRows.Snapshot snapshot(Connection connection, LocalDate through) throws SQLException {
        return KeptRows.snapshot(connection, "/1/", YEAR.from(), TODAY, YEAR, through);
    }

    private static List<Long> stale(Connection connection, LocalDate through) throws SQLException {
        return snapshot(connection, through).stale().stream().map(OrganizationLife::id).toList();
    }

    /** As a report writes back what it computed: under the lock, with the marks it read. */
    private static void write(Connection connection, Map<Long, List<ComplianceReport.Row>> fresh)
            throws SQLException {
        KeptRows.lock(connection);
        KeptRows.write(connection, snapshot(connection, THROUGH), fresh, YEAR, THROUGH, false);
    }

    /** A working committee (1) with three branches (2, 3, 4). */
    private static void organizations(Connection connection) throws SQLException {
        execute(connection, "INSERT INTO organization (id, version, name, type, parent_id, path, established_on, "
                + "status) VALUES (1, 1, '工委', 'WORKING_COMMITTEE', NULL, '/1/', DATE '2000-01-01', 'ACTIVE')");
        for (long id = 2; id <= 4; id++) {
            execute(connection, "INSERT INTO organization (id, version, name, type, parent_id, path, "
                    + "established_on, status) VALUES (" + id + ", 1, '支部" + id + "', 'BRANCH', 1, '/1/" + id
                    + "/', DATE '2000-01-01', 'ACTIVE')");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static Connection database() throws SQLException {
        String url = "jdbc:h2:mem:kept-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(KeptRowsSqlTest.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }
}
