package org.partyregistry.enterprise.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule E11 on H2 (EnterpriseApiIT runs the service path on H2 and PostgreSQL): on random registers, the periods
 * {@link CoveragePeriods} builds give, on days where something changes and the days before, exactly the coverage
 * (rule E3) and the ELIGIBLE base (rule E6) that the statements over the facts give (the report's statements before
 * rule E11); after each kind of change, refreshing the enterprises it touches leaves the table equal to the facts.
 */
class CoveragePeriodsSqlTest {

    static final LocalDate FIRST = LocalDate.of(1968, 1, 1);
    static final int DAYS = 60 * 365;
    static final String[] TYPES = {"BRANCH", "JOINT_BRANCH", "GENERAL_BRANCH", "COMMITTEE", "JOINT_BRANCH"};
    /** Days checked per register (each with the day before): of about 250 where something changes. */
    static final int SAMPLED = 40;
    static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "REMOVED", "DECEASED"};

    @Test
    @DisplayName("E11 an empty table needs building while an enterprise operates, and not once built")
    void buildsWhenEmpty() throws SQLException {
        try (Connection connection = database("empty")) {
            assertThat(CoveragePeriods.needsBuilding(connection)).as("no enterprise").isFalse();
            register(connection, new Random(3));
            assertThat(CoveragePeriods.needsBuilding(connection)).isTrue();
            assertThat(CoveragePeriods.rebuild(connection)).isPositive();
            assertThat(CoveragePeriods.needsBuilding(connection)).isFalse();
        }
    }

    @Test
    @DisplayName("E11 on 6 random registers the periods give the facts' coverage and base on days where things change")
    void periodsEqualTheFactsOnEveryDay() throws SQLException {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (int seed = 1; seed <= 6; seed++) {
            try (Connection connection = database("periods-" + seed)) {
                Random random = new Random(seed);
                List<LocalDate> days = new ArrayList<>(register(connection, random));
                CoveragePeriods.rebuild(connection);
                assertThat(CoveragePeriods.check(connection).rows()).isPositive();
                java.util.Collections.shuffle(days, random);
                for (LocalDate day : days.subList(0, SAMPLED)) {
                    for (LocalDate d : List.of(day.minusDays(1), day)) {
                        Map<Long, String> kept = kept(connection, d);
                        assertThat(kept).as("seed %d, %s", seed, d).isEqualTo(facts(connection, d));
                        kept.values().forEach(state -> seen.add(state.replaceAll(" with \\d+", "")));
                    }
                }
            }
        }
        assertThat(seen).as("every state, in and out of the base, and enterprises that should form their own")
                .contains("OWN_ORGANIZATION", "OWN_ORGANIZATION eligible", "JOINT_ORGANIZATION", "WORK_COVERAGE",
                        "NONE",
                        "NONE eligible should form own", "JOINT_ORGANIZATION eligible should form own");
    }

    @Test
    @DisplayName("E11 each kind of change to an enterprise's facts, refreshed: the table equals the facts again")
    void refreshedEqualsTheFacts() throws SQLException {
        try (Connection connection = database("refresh")) {
            register(connection, new Random(42));
            CoveragePeriods.rebuild(connection);
            assertThat(CoveragePeriods.check(connection).differences()).isZero();
            change(connection, "INSERT INTO enterprise (id, version, name, credit_code, park_id, industry, employees, "
                    + "founded_on) VALUES (99, 1, '新企业', 'CODE99', 1, '软件', 5, DATE '1960-01-01')", "SELECT 99");
            change(connection, "INSERT INTO instructor_assignment (id, version, enterprise_id, name, role, from_on, "
                    + "to_on) VALUES (9001, 1, 99, '指导员', 'INSTRUCTOR', DATE '1990-01-01', DATE '1999-12-31')",
                    "SELECT 99");
            for (int m = 901; m <= 903; m++) {
                execute(connection, "INSERT INTO member (id, version, name, sex, birth_date, id_number_cipher, "
                        + "id_number_hash, organization_id, probationary_on, full_on, party_standing_start, stage, "
                        + "status, probation_cancelled) VALUES (" + m + ", 1, '党员" + m + "', 'FEMALE', "
                        + "DATE '1950-01-01', 'c', 'h" + m + "', 1, DATE '1979-01-01', DATE '1980-01-01', "
                        + "DATE '1979-01-01', 'FULL', 'ACTIVE', FALSE)");
            }
            change(connection, "INSERT INTO member_work_unit (member_id, enterprise_id, from_on, to_on) "
                    + "SELECT id, 99, DATE '1985-06-01', NULL FROM member WHERE id BETWEEN 901 AND 903", "SELECT 99");
            change(connection, "UPDATE member SET status = 'REMOVED', status_since = DATE '2001-01-01' WHERE id = 902",
                    "SELECT enterprise_id FROM member_work_unit WHERE member_id = 902");
            execute(connection, "INSERT INTO organization (id, version, name, type, path, established_on, status) "
                    + "VALUES (98, 1, '联合支部', 'JOINT_BRANCH', '/98/', DATE '1994-03-03', 'ACTIVE')");
            change(connection, "INSERT INTO enterprise_link (organization_id, enterprise_id, from_on) "
                    + "VALUES (98, 99, DATE '1995-01-01')", "SELECT 99");
            change(connection, "UPDATE organization SET type = 'BRANCH' WHERE id = 98",
                    "SELECT enterprise_id FROM enterprise_link WHERE organization_id = 98");
            change(connection, "UPDATE organization SET dissolved_on = DATE '2010-10-10' WHERE id = 98",
                    "SELECT enterprise_id FROM enterprise_link WHERE organization_id = 98");
            change(connection, "UPDATE member_work_unit SET enterprise_id = 7 WHERE member_id = 901",
                    "SELECT 7 UNION SELECT enterprise_id FROM member_work_unit WHERE member_id = 901");
            change(connection, "UPDATE enterprise SET closed_on = DATE '2020-02-02' WHERE id = 99", "SELECT 99");
        }
    }

    /** Makes the change, refreshes the enterprises the query names, and expects the table to equal a rebuild. */
    private static void change(Connection connection, String change, String touched) throws SQLException {
        List<Long> ids = ids(connection, touched);
        execute(connection, change);
        assertThat(CoveragePeriods.check(connection).differences()).as("before the refresh: " + change).isPositive();
        CoveragePeriods.refresh(connection, ids);
        assertThat(CoveragePeriods.check(connection).differences()).as(change).isZero();
    }

    private static List<Long> ids(Connection connection, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Each operating enterprise's state and base on a day, from the periods. */
    private static Map<Long, String> kept(Connection connection, LocalDate day) throws SQLException {
        return states(connection, ("SELECT cp.enterprise_id, cp.coverage, cp.eligible, cp.full_members "
                + "FROM coverage_period cp WHERE "
                + CoveragePeriods.holdsOn("cp", 1)).replace("?1", literal(day)));
    }

    /**
     * Rule E6 over the facts on date ?1: the full members of enterprise {@code e} (the member feature's statement
     * before rule E11).
     */
    static final String FULL_MEMBERS = """
            (SELECT COUNT(*) FROM member_work_unit w JOIN member m ON m.id = w.member_id
              WHERE w.enterprise_id = e.id AND w.from_on <= ?1 AND (w.to_on IS NULL OR w.to_on > ?1)
                AND (m.full_on <= ?1 OR (m.probationary_on BETWEEN DATE '1969-04-01' AND DATE '1977-08-11'
                     AND m.probationary_on <= ?1))
                AND (m.status NOT IN ('REMOVED', 'DECEASED') OR m.status_since > ?1)
                AND (m.left_zone_on IS NULL OR m.left_zone_on > ?1))""";

    /**
     * Rules E3 and E6 over the facts on date ?1: the coverage report's statement before rule E11 (organizations
     * existing and linked on the date, instructor periods covering it, full members), for every operating
     * enterprise: its id, state, whether eligible, and its full members where it should form its own organization.
     */
    static final String FACTS = """
            SELECT f.id, f.state, CASE WHEN f.full_members >= 3 THEN TRUE ELSE FALSE END,
                   CASE WHEN f.full_members >= 3 AND f.state <> 'OWN_ORGANIZATION' THEN f.full_members END
            FROM (SELECT e.id,
                         CASE WHEN cov_org.own = 1 THEN 'OWN_ORGANIZATION'
                              WHEN cov_org.own = 0 THEN 'JOINT_ORGANIZATION'
                              WHEN cov_ins.enterprise_id IS NOT NULL THEN 'WORK_COVERAGE' ELSE 'NONE' END AS state,
                         %s AS full_members
                  FROM enterprise e
                  LEFT JOIN (SELECT l.enterprise_id, MAX(CASE WHEN o.type = 'JOINT_BRANCH' THEN 0 ELSE 1 END) AS own
                               FROM enterprise_link l JOIN organization o ON o.id = l.organization_id
                              WHERE l.from_on <= ?1 AND (l.to_on IS NULL OR l.to_on > ?1)
                                AND o.established_on <= ?1 AND (o.dissolved_on IS NULL OR o.dissolved_on > ?1)
                              GROUP BY l.enterprise_id) cov_org ON cov_org.enterprise_id = e.id
                  LEFT JOIN (SELECT DISTINCT i.enterprise_id FROM instructor_assignment i
                              WHERE i.from_on <= ?1 AND (i.to_on IS NULL OR i.to_on >= ?1)) cov_ins
                         ON cov_ins.enterprise_id = e.id
                  WHERE %s) f""".formatted(FULL_MEMBERS, CoverageQuery.OPERATING);

    /** Each operating enterprise's state and base on a day, from the facts. */
    private static Map<Long, String> facts(Connection connection, LocalDate day) throws SQLException {
        return states(connection, FACTS.replace("?1", literal(day)));
    }

    private static Map<Long, String> states(Connection connection, String query) throws SQLException {
        Map<Long, String> states = new TreeMap<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                states.put(rows.getLong(1), rows.getString(2).trim() + (rows.getBoolean(3) ? " eligible" : "")
                        + (rows.getObject(4) == null ? "" : " should form own with " + rows.getLong(4)));
            }
        }
        return states;
    }

    /**
     * A random register: 3 parks, 14 enterprises (some closed), 8 organizations of mixed types (some dissolved) with
     * dated links, instructor periods, 60 members (full, admitted 1969-1977 without probation, never full, removed,
     * deceased, left the zone) with one to three work units in turn. Returns every date written.
     */
    private static TreeSet<LocalDate> register(Connection connection, Random random) throws SQLException {
        TreeSet<LocalDate> days = new TreeSet<>();
        try (Statement sql = connection.createStatement()) {
            for (int p = 1; p <= 3; p++) {
                sql.executeUpdate("INSERT INTO park (id, version, name) VALUES (" + p + ", 1, '园区" + p + "')");
            }
            for (int e = 1; e <= 14; e++) {
                LocalDate founded = day(random, days);
                LocalDate closed = random.nextInt(4) == 0 ? later(random, founded, days) : null;
                sql.executeUpdate("INSERT INTO enterprise (id, version, name, credit_code, park_id, industry, "
                        + "employees, founded_on, closed_on) VALUES (" + e + ", 1, '企业" + e + "', 'CODE" + e + "', "
                        + (1 + e % 3) + ", '软件', 10, " + literal(founded) + ", " + literal(closed) + ")");
            }
            for (int o = 1; o <= 8; o++) {
                LocalDate established = day(random, days);
                LocalDate dissolved = random.nextInt(3) == 0 ? later(random, established, days) : null;
                sql.executeUpdate("INSERT INTO organization (id, version, name, type, parent_id, path, established_on, "
                        + "dissolved_on, status) VALUES (" + o + ", 1, '组织" + o + "', '" + TYPES[o % TYPES.length]
                        + "', NULL, '/" + o + "/', " + literal(established) + ", " + literal(dissolved) + ", '"
                        + (dissolved == null ? "ACTIVE" : "DISSOLVED") + "')");
                for (int l = 0; l < 1 + random.nextInt(3); l++) {
                    LocalDate from = day(random, days);
                    LocalDate to = random.nextBoolean() ? later(random, from, days) : null;
                    sql.executeUpdate("INSERT INTO enterprise_link (organization_id, enterprise_id, from_on, to_on) "
                            + "VALUES (" + o + ", " + (1 + random.nextInt(14)) + ", " + literal(from) + ", "
                            + literal(to) + ")");
                }
            }
            for (int i = 1; i <= 6; i++) {
                LocalDate from = day(random, days);
                LocalDate to = random.nextBoolean() ? later(random, from, days) : null;
                if (to != null) {
                    days.add(to.plusDays(1));
                }
                sql.executeUpdate("INSERT INTO instructor_assignment (id, version, enterprise_id, name, role, from_on, "
                        + "to_on) VALUES (" + (100 + i) + ", 1, " + (1 + random.nextInt(14)) + ", '指导员" + i
                        + "', 'INSTRUCTOR', " + literal(from) + ", " + literal(to) + ")");
            }
            for (int m = 501; m <= 560; m++) {
                member(sql, m, random, days);
            }
        }
        return days;
    }

    private static void member(Statement sql, int id, Random random, TreeSet<LocalDate> days) throws SQLException {
        int kind = random.nextInt(6);
        LocalDate probationary = kind == 0 ? LocalDate.of(1969, 4, 1).plusDays(random.nextInt(3000))
                : day(random, days);
        days.add(probationary);
        LocalDate full = kind == 1 ? null : later(random, probationary, days);
        String status = STATUSES[random.nextInt(STATUSES.length)];
        LocalDate since = status.equals("ACTIVE") ? null : day(random, days);
        LocalDate left = random.nextInt(8) == 0 ? day(random, days) : null;
        sql.executeUpdate("INSERT INTO member (id, version, name, sex, birth_date, id_number_cipher, id_number_hash, "
                + "organization_id, probationary_on, full_on, party_standing_start, stage, status, status_since, "
                + "left_zone_on, probation_cancelled) VALUES (" + id + ", 1, '党员" + id + "', 'MALE', "
                + "DATE '1940-01-01', 'c', 'h" + id + "', 1, " + literal(probationary) + ", " + literal(full) + ", "
                + literal(probationary) + ", '" + (full == null ? "PROBATIONARY" : "FULL") + "', '" + status + "', "
                + literal(since) + ", " + literal(left) + ", FALSE)");
        LocalDate from = random.nextBoolean() ? probationary : day(random, days);
        for (int w = 0; w < 1 + random.nextInt(3); w++) {
            LocalDate to = random.nextInt(3) == 0 ? null : later(random, from, days);
            sql.executeUpdate("INSERT INTO member_work_unit (member_id, enterprise_id, from_on, to_on) VALUES (" + id
                    + ", " + (1 + random.nextInt(14)) + ", " + literal(from) + ", " + literal(to) + ")");
            if (to == null) {
                return;
            }
            from = to;
        }
    }

    private static LocalDate day(Random random, TreeSet<LocalDate> days) {
        LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
        days.add(day);
        return day;
    }

    private static LocalDate later(Random random, LocalDate after, TreeSet<LocalDate> days) {
        LocalDate day = after.plusDays(1 + random.nextInt(4000));
        days.add(day);
        return day;
    }

    private static String literal(LocalDate day) {
        return day == null ? "NULL" : "DATE '" + day + "'";
    }

    private static void execute(Connection connection, String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    private static Connection database(String name) throws SQLException {
        String url = "jdbc:h2:mem:coverage-" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(CoveragePeriodsSqlTest.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

}
