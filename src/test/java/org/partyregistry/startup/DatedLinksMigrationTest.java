package org.partyregistry.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule E8's migration (V14) on a database the previous migrations created and filled: the existing links between
 * organizations and enterprises become periods from the organization's founding, the existing work units periods
 * from the earliest date of the member's history.
 */
class DatedLinksMigrationTest {

    static final MigrationVersion DATED_LINKS = MigrationVersion.fromVersion("14");

    record Period(long ownerId, long enterpriseId, LocalDate from, LocalDate to) {
    }

    @Test
    @DisplayName("E8 existing links start at the organization's founding, work units at the member's first step")
    void existingLinksAndWorkUnitsBecomePeriods() throws SQLException {
        String url = "jdbc:h2:mem:dated-links-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            flyway(url).target(justBefore(url)).load().migrate();
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO park (id, version, name) VALUES (1, 1, '示例园区')");
                sql.executeUpdate("INSERT INTO enterprise (id, version, name, credit_code, park_id, industry, "
                        + "employees, founded_on) VALUES (11, 1, '甲企业', '91370700MA0000001A', 1, '软件', 20, "
                        + "DATE '2005-01-01'), (12, 1, '乙企业', '91370700MA0000002A', 1, '软件', 5, DATE '2006-01-01'),"
                        + " (13, 1, '丙企业', '91370700MA0000003A', 1, '软件', 5, DATE '2007-01-01')");
                sql.executeUpdate("INSERT INTO organization (id, version, name, type, parent_id, path, "
                        + "established_on, status) VALUES (21, 1, '示例工委', 'WORKING_COMMITTEE', NULL, '/21/', "
                        + "DATE '2000-01-01', 'ACTIVE')");
                sql.executeUpdate("INSERT INTO organization (id, version, name, type, parent_id, path, "
                        + "established_on, status) VALUES (22, 1, '甲企业支部', 'BRANCH', 21, '/21/22/', "
                        + "DATE '2012-03-15', 'ACTIVE'), (23, 1, '联合支部', 'JOINT_BRANCH', 21, '/21/23/', "
                        + "DATE '2015-07-01', 'ACTIVE')");
                sql.executeUpdate("INSERT INTO organization_enterprise (organization_id, enterprise_id) "
                        + "VALUES (22, 11), (23, 12), (23, 13)");
                sql.executeUpdate(member(31, "'370700199001010011'", 12, "DATE '2010-04-01'", "DATE '2011-05-01'",
                        "DATE '2012-05-01'"));
                sql.executeUpdate(member(32, "'370700199001010012'", 11, "NULL", "NULL", "DATE '2016-09-01'"));
                sql.executeUpdate(member(33, "'370700199001010013'", null, "DATE '2010-04-01'", "NULL", "NULL"));
            }
            flyway(url).load().migrate();

            assertThat(periods(connection, "SELECT organization_id, enterprise_id, from_on, to_on "
                    + "FROM enterprise_link ORDER BY organization_id, enterprise_id")).containsExactly(
                    new Period(22, 11, LocalDate.of(2012, 3, 15), null),
                    new Period(23, 12, LocalDate.of(2015, 7, 1), null),
                    new Period(23, 13, LocalDate.of(2015, 7, 1), null));
            assertThat(periods(connection, "SELECT member_id, enterprise_id, from_on, to_on "
                    + "FROM member_work_unit ORDER BY member_id")).containsExactly(
                    new Period(31, 12, LocalDate.of(2010, 4, 1), null),
                    new Period(32, 11, LocalDate.of(2016, 9, 1), null));
        }
    }

    /** The last migration before V14, whatever versions 12 and 13 bring (Flyway wants a target that exists). */
    private static MigrationVersion justBefore(String url) {
        return java.util.Arrays.stream(flyway(url).load().info().all())
                .map(org.flywaydb.core.api.MigrationInfo::getVersion)
                .filter(v -> v != null && DATED_LINKS.isNewerThan(v))
                .max(MigrationVersion::compareTo).orElseThrow();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure(DatedLinksMigrationTest.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration");
    }

    /** A member row as V3 stores it; {@code enterpriseId} null for none. */
    private static String member(long id, String hash, Integer enterpriseId, String appliedOn, String probationaryOn,
                                 String fullOn) {
        return "INSERT INTO member (id, version, name, sex, birth_date, id_number_cipher, id_number_hash, "
                + "organization_id, enterprise_id, applied_on, probationary_on, full_on, stage, status, "
                + "probation_cancelled) VALUES (" + id + ", 1, '示例党员', 'MALE', DATE '1990-01-01', 'c', " + hash
                + ", 22, " + enterpriseId + ", " + appliedOn + ", " + probationaryOn + ", " + fullOn + ", 'FULL', "
                + "'ACTIVE', FALSE)";
    }

    private static List<Period> periods(Connection connection, String query) throws SQLException {
        List<Period> rows = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet r = sql.executeQuery(query)) {
            while (r.next()) {
                java.sql.Date to = r.getDate(4);
                rows.add(new Period(r.getLong(1), r.getLong(2), r.getDate(3).toLocalDate(),
                        to == null ? null : to.toLocalDate()));
            }
        }
        return rows;
    }
}
