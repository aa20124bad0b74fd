package org.partyregistry.activity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.MemberStatus;

/**
 * Rule ACT18 in SQL on H2 (ComplianceApiIT runs the reports on H2 and PostgreSQL): {@link ComplianceFacts#FULL_MEMBERS}
 * merges the members whose dates make no difference inside the window, and the committees' full members it gives on
 * every month's first day of the window are those of one row per member (the statement's grain before the change).
 */
class CommitteeMembersSqlTest {

    /** The statement before the change: the full members per organization, standing start, status and dates. */
    static final String EXACT = "SELECT mo.path, m.party_standing_start, m.status, m.status_since, m.left_zone_on, "
            + "COUNT(m.id) FROM member m JOIN organization mo ON mo.id = m.organization_id WHERE mo.path "
            + "LIKE ? AND m.party_standing_start IS NOT NULL AND m.party_standing_start <= ? AND "
            + "(m.left_zone_on IS NULL OR m.left_zone_on > ?) AND (m.status_since IS NULL OR m.status NOT"
            + " IN ('REMOVED', 'DECEASED') OR m.status_since > ?) GROUP BY mo.path, "
            + "m.party_standing_start, m.status, m.status_since, m.left_zone_on";

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    /** The tree: committee /1/, branch /1/2/ with group /1/2/3/, branch /1/4/, branch /5/ (no term). */
    static final long[][] ORGANIZATIONS = {{1, 0}, {2, 1}, {3, 2}, {4, 1}, {5, 0}};

    private long memberId = 100;

    @Test
    @DisplayName("ACT18 full mid-year, removed, deceased, left the zone, nested: the committees' members per month")
    void knownMembers() throws SQLException {
        try (Connection connection = database()) {
            // branch /1/2/: six full since 2010, one full from 2025-03-15 (counts from April), one removed on
            // 2025-06-01 (not on June 1), one deceased 2025-07-10 (counts on July 1), one who left on 2025-09-30,
            // one removed in 2024 (never), one deceased in 2026 (always); the group /1/2/3/: two full since 2000
            for (int i = 0; i < 6; i++) {
                member(connection, 2, "2010-05-0" + (i + 1), "ACTIVE", null, null);
            }
            member(connection, 2, "2025-03-15", "ACTIVE", null, null);
            member(connection, 2, "2012-01-01", "REMOVED", "2025-06-01", null);
            member(connection, 2, "2012-01-01", "DECEASED", "2025-07-10", null);
            member(connection, 2, "2012-01-01", "SUSPENDED", "2024-02-01", "2025-09-30");
            member(connection, 2, "2012-01-01", "REMOVED", "2024-03-01", null);
            member(connection, 2, "2012-01-01", "DECEASED", "2026-02-01", null);
            member(connection, 3, "2000-07-01", "ACTIVE", null, null);
            member(connection, 3, "2000-07-01", "ACTIVE", null, null);
            // branch /1/4/: three full since 2015, one full only in 2026; /5/: twenty full since 2000
            for (int i = 0; i < 3; i++) {
                member(connection, 4, "2015-01-0" + (i + 1), "ACTIVE", null, null);
            }
            member(connection, 4, "2026-01-10", "ACTIVE", null, null);
            for (int i = 0; i < 20; i++) {
                member(connection, 5, "2000-01-01", "ACTIVE", null, null);
            }
            Map<String, List<CommitteeTerm>> terms = terms();

            List<FullMembers> merged = merged(connection, "/1/%", FROM, TO);
            Map<Long, List<CommitteeSpan>> spans = ComplianceFacts.spans(terms, merged.stream());
            // branch /1/2/ on each month's first day: 6 + 1 + 1 + 1 + 1 + 2 (group) = 12 in January
            assertThat(monthly(spans.get(2L))).containsExactly(12L, 12L, 12L, 13L, 13L, 12L, 12L, 11L, 11L, 10L,
                    10L, 10L);
            // the committee /1/ adds branch /1/4/'s three
            assertThat(monthly(spans.get(1L))).containsExactly(15L, 15L, 15L, 16L, 16L, 15L, 15L, 14L, 14L, 13L,
                    13L, 13L);
            assertThat(ComplianceRules.committeeOn(spans.get(2L)).test(LocalDate.of(2025, 11, 1))).isTrue();
            // the grain: the nine members full before the window with no end inside it share one row per path
            assertThat(merged).filteredOn(f -> f.path().equals("/1/2/") && f.standingStart().equals(FROM)
                    && f.status() == null && f.leftZoneOn() == null).singleElement()
                    .extracting(FullMembers::members).isEqualTo(7L);
            assertThat(merged).filteredOn(f -> f.path().equals("/1/2/3/")).singleElement()
                    .extracting(FullMembers::members).isEqualTo(2L);
            assertThat(merged).hasSize(7).noneMatch(f -> f.path().startsWith("/5/"));
            assertSame(connection, terms, "/1/%", FROM, TO, FROM, TO);
        }
    }

    @Test
    @DisplayName("ACT18 200 random members and windows: the merged rows count as one row per member would")
    void randomMembers() throws SQLException {
        Random random = new Random(18);
        try (Connection connection = database()) {
            String[] statuses = {"ACTIVE", "SUSPENDED", "REMOVED", "DECEASED"};
            for (int i = 0; i < 200; i++) {
                long organization = ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)][0];
                LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1400));
                String status = statuses[random.nextInt(statuses.length)];
                LocalDate since = random.nextInt(4) == 0 ? null : start.plusDays(random.nextInt(900) - 100);
                LocalDate left = random.nextInt(3) == 0 ? start.plusDays(random.nextInt(900) - 100) : null;
                member(connection, organization, start.toString(), status, since == null ? null : since.toString(),
                        left == null ? null : left.toString());
            }
            Map<String, List<CommitteeTerm>> terms = terms();
            for (int year = 2023; year <= 2026; year++) {
                LocalDate from = LocalDate.of(year, 1 + random.nextInt(6), 1);
                LocalDate to = from.plusMonths(1 + random.nextInt(12)).minusDays(1);
                assertSame(connection, terms, "/%", from, to, from, to);
                // load's window reaches back to the year's start and on to today
                assertSame(connection, terms, "/1/%", from, to, from.minusMonths(random.nextInt(6)),
                        to.plusMonths(random.nextInt(6)));
            }
        }
    }

    /** The committees' full members on every month's first day of the window: merged as one row per member. */
    private static void assertSame(Connection connection, Map<String, List<CommitteeTerm>> terms, String prefix,
                                   LocalDate from, LocalDate to, LocalDate first, LocalDate last) throws SQLException {
        Map<Long, List<CommitteeSpan>> exact = ComplianceFacts.spans(terms, exact(connection, prefix, from, to).stream());
        Map<Long, List<CommitteeSpan>> merged = ComplianceFacts.spans(terms,
                merged(connection, prefix, first, last, from, to).stream());
        assertThat(merged.keySet()).isEqualTo(exact.keySet());
        for (Long id : exact.keySet()) {
            for (LocalDate day = first.withDayOfMonth(1).isBefore(first) ? first.withDayOfMonth(1).plusMonths(1)
                    : first; !day.isAfter(last); day = day.plusMonths(1)) {
                assertThat(count(merged.get(id), day)).as("organization " + id + " on " + day + " for " + from
                        + ".." + to).isEqualTo(count(exact.get(id), day));
            }
        }
    }

    private static long count(List<CommitteeSpan> spans, LocalDate day) {
        return spans.stream().filter(s -> s.counts(day)).mapToLong(CommitteeSpan::members).sum();
    }

    private static List<Long> monthly(List<CommitteeSpan> spans) {
        List<Long> counts = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            counts.add(count(spans, LocalDate.of(2025, month, 1)));
        }
        return counts;
    }

    /** Terms with 3+ seats: the committee /1/ from 2020, branch /1/2/ in two terms (2022, 2025-05-01). */
    private static Map<String, List<CommitteeTerm>> terms() {
        Map<String, List<CommitteeTerm>> terms = new TreeMap<>();
        terms.put("/1/", List.of(new CommitteeTerm(1L, "/1/", LocalDate.of(2020, 1, 1), null)));
        terms.put("/1/2/", List.of(new CommitteeTerm(2L, "/1/2/", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 5, 1)),
                new CommitteeTerm(2L, "/1/2/", LocalDate.of(2025, 5, 1), null)));
        return terms;
    }

    private static List<FullMembers> merged(Connection connection, String prefix, LocalDate from, LocalDate to)
            throws SQLException {
        return merged(connection, prefix, from, to, from, to);
    }

    private static List<FullMembers> merged(Connection connection, String prefix, LocalDate first, LocalDate last,
                                            LocalDate from, LocalDate to) throws SQLException {
        // the application binds by number (?1 ... ?9): the window's first and last day, the prefix, to, from
        List<Object> numbered = List.of(first, first, last, last, last, prefix, to, from, from);
        List<Object> parameters = new ArrayList<>();
        java.util.regex.Matcher marks = java.util.regex.Pattern.compile("\\?(\\d+)")
                .matcher(ComplianceFacts.FULL_MEMBERS);
        while (marks.find()) {
            parameters.add(numbered.get(Integer.parseInt(marks.group(1)) - 1));
        }
        return rows(connection, ComplianceFacts.FULL_MEMBERS.replaceAll("\\?\\d+", "?"), parameters);
    }

    private static List<FullMembers> exact(Connection connection, String prefix, LocalDate from, LocalDate to)
            throws SQLException {
        List<FullMembers> rows = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement(EXACT)) {
            bind(sql, List.of(prefix, to, from, from));
            try (ResultSet result = sql.executeQuery()) {
                while (result.next()) {
                    rows.add(new FullMembers(result.getString(1), result.getObject(2, LocalDate.class),
                            MemberStatus.valueOf(result.getString(3)), result.getObject(4, LocalDate.class),
                            result.getObject(5, LocalDate.class), result.getLong(6)));
                }
            }
        }
        return rows;
    }

    /** The statement's rows read by column name, as orm.xml maps them for the application. */
    private static List<FullMembers> rows(Connection connection, String statement, List<Object> parameters)
            throws SQLException {
        List<FullMembers> rows = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement(statement)) {
            bind(sql, parameters);
            try (ResultSet result = sql.executeQuery()) {
                while (result.next()) {
                    rows.add(new FullMembers(result.getString("path"),
                            result.getObject("standing_start", LocalDate.class), result.getString("gone"),
                            result.getObject("gone_on", LocalDate.class),
                            result.getObject("left_zone_on", LocalDate.class), result.getLong("members")));
                }
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement sql, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            sql.setObject(i + 1, parameters.get(i));
        }
    }

    private void member(Connection connection, long organization, String start, String status, String since,
                        String left) throws SQLException {
        long id = ++memberId;
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO member (id, version, name, sex, birth_date, id_number_cipher, "
                    + "id_number_hash, organization_id, full_on, party_standing_start, stage, status, status_since, "
                    + "left_zone_on, probation_cancelled) VALUES (" + id + ", 1, '党员" + id + "', 'MALE', "
                    + "DATE '1960-01-01', 'c', 'h" + id + "', " + organization + ", DATE '" + start + "', DATE '"
                    + start + "', 'FULL', '" + status + "', " + date(since) + ", " + date(left) + ", FALSE)");
        }
    }

    private static String date(String day) {
        return day == null ? "NULL" : "DATE '" + day + "'";
    }

    private static Connection database() throws SQLException {
        String url = "jdbc:h2:mem:committee-members-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(CommitteeMembersSqlTest.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration").load().migrate();
        Connection connection = DriverManager.getConnection(url, "sa", "");
        Map<Long, String> paths = new HashMap<>();
        try (Statement sql = connection.createStatement()) {
            for (long[] o : ORGANIZATIONS) {
                String path = (o[1] == 0 ? "/" : paths.get(o[1])) + o[0] + "/";
                paths.put(o[0], path);
                sql.executeUpdate("INSERT INTO organization (id, version, name, type, parent_id, path, "
                        + "established_on, status) VALUES (" + o[0] + ", 1, '组织" + o[0] + "', '"
                        + (o[0] == 1 ? "COMMITTEE" : o[0] == 3 ? "GROUP" : "BRANCH") + "', "
                        + (o[1] == 0 ? "NULL" : String.valueOf(o[1])) + ", '" + path + "', DATE '2000-01-01', "
                        + "'ACTIVE')");
            }
        }
        return connection;
    }
}
