package org.partyregistry.member.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.member.entity.Steps;

/**
 * Rule M16 in SQL on H2 (MemberApiIT runs the service on H2 and PostgreSQL): the statements of {@link MemberAlerts}
 * select, order, page and count the alerts that the rules give in Java, the probation's end by
 * {@link Steps#probationEnds} (rule M6), over every admission day of three years (the leap day among them) with
 * every extension.
 */
class MemberAlertsSqlTest {

    /** The extensions on record: none, or 6 to 12 months (rule M6). */
    static final Integer[] EXTENSIONS = {null, 6, 7, 8, 9, 10, 11, 12};

    /** A member as inserted. */
    record Fact(long id, String name, long organization, LocalDate probationaryOn, Integer extensionMonths,
                Stage stage, MemberStatus status, LocalDate statusSince, LocalDate leftZoneOn) {
    }

    /** A numbered parameter of the service's statements. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

    private final List<Fact> facts = new ArrayList<>();
    private Connection connection;

    @BeforeEach
    void database() throws SQLException {
        String url = "jdbc:h2:mem:member-alerts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(MemberAlertsSqlTest.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        try (Statement sql = connection.createStatement()) {
            // committee /1/ with branch /1/2/; branch /3/ outside the scope /1/
            sql.executeUpdate("INSERT INTO organization (id, version, name, type, parent_id, path, established_on, "
                    + "status) VALUES (1, 1, '委员会', 'COMMITTEE', NULL, '/1/', DATE '2000-01-01', 'ACTIVE'), "
                    + "(2, 1, '支部甲', 'BRANCH', 1, '/1/2/', DATE '2000-01-01', 'ACTIVE'), "
                    + "(3, 1, '支部乙', 'BRANCH', NULL, '/3/', DATE '2000-01-01', 'ACTIVE')");
        }
        long id = 100;
        LocalDate first = LocalDate.of(2023, 1, 1);
        for (LocalDate day = first; day.getYear() < 2026; day = day.plusDays(1)) {
            for (Integer extension : EXTENSIONS) {
                id++;
                // names repeat, so that one day's alerts are ordered by name, then by member
                String name = "党员" + (char) ('甲' + id % 3);
                long organization = id % 29 == 0 ? 3 : id % 2 == 0 ? 2 : 1;
                LocalDate left = id % 31 == 0 ? day.plusMonths(2) : null;
                Stage stage = id % 37 == 0 ? Stage.FULL : Stage.PROBATIONARY;
                MemberStatus status = id % 41 == 0 ? MemberStatus.REMOVED : MemberStatus.ACTIVE;
                facts.add(new Fact(id, name, organization, day, extension, stage, status,
                        status == MemberStatus.ACTIVE ? null : day.plusMonths(1), left));
            }
            // a member suspended on that day, and one suspended then restored
            id++;
            facts.add(new Fact(id, "党员" + (char) ('甲' + id % 3), id % 2 + 1, LocalDate.of(2015, 3, 1), null,
                    Stage.FULL, MemberStatus.SUSPENDED, day, id % 13 == 0 ? day.plusDays(40) : null));
            id++;
            facts.add(new Fact(id, "党员乙", 2, LocalDate.of(2015, 3, 1), null, Stage.FULL, MemberStatus.ACTIVE, day,
                    null));
        }
        // the era without probation (rule M7): never an alert, whatever the stage says
        facts.add(new Fact(++id, "党员甲", 2, LocalDate.of(1970, 5, 1), null, Stage.PROBATIONARY,
                MemberStatus.ACTIVE, null, null));
        facts.add(new Fact(++id, "党员甲", 2, LocalDate.of(1977, 8, 11), 6, Stage.PROBATIONARY,
                MemberStatus.ACTIVE, null, null));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO member (id, version, name, sex, "
                + "birth_date, id_number_cipher, id_number_hash, organization_id, probationary_on, extension_months, "
                + "stage, status, status_since, left_zone_on, probation_cancelled) "
                + "VALUES (?, 1, ?, 'MALE', DATE '1990-01-01', 'c', ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
            for (Fact f : facts) {
                insert.setLong(1, f.id());
                insert.setString(2, f.name());
                insert.setString(3, "h" + f.id());
                insert.setLong(4, f.organization());
                insert.setObject(5, f.probationaryOn());
                insert.setObject(6, f.extensionMonths());
                insert.setString(7, f.stage().name());
                insert.setString(8, f.status().name());
                insert.setObject(9, f.statusSince());
                insert.setObject(10, f.leftZoneOn());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    @DisplayName("M6 M16 the alerts in SQL are those of the rules in Java, in order: leap days, month ends, limits")
    void listEqualsTheRules() throws SQLException {
        for (LocalDate today : List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31), LocalDate.of(2026, 1, 31))) {
            for (int within : new int[] {0, 1, 30, 366}) {
                List<MemberAlert> expected = expected("/1/", today, within);
                assertThat(list("/1/", today, within)).as("%s within %d", today, within).isEqualTo(expected);
                assertThat(expected).as("the case is not empty").isNotEmpty();
            }
        }
        // the leap-day admission's year ends on 28 February 2025: an alert due that very day
        assertThat(list("/1/", LocalDate.of(2025, 2, 28), 0)).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(MemberAlert.Kind.PROBATION_DUE);
            assertThat(a.date()).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(a.days()).isZero();
            assertThat(fact(a.memberId()).probationaryOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        });
        assertThat(list("/3/", LocalDate.of(2025, 3, 1), 30)).isEqualTo(expected("/3/", LocalDate.of(2025, 3, 1),
                30)).extracting(MemberAlert::organizationId).containsOnly(3L);
    }

    @Test
    @DisplayName("M16 the pages in order are the list, and the counts by kind are its own")
    void pagesAndCounts() throws SQLException {
        LocalDate today = LocalDate.of(2025, 3, 1);
        List<MemberAlert> all = list("/1/", today, 30);
        List<MemberAlert> paged = new ArrayList<>();
        for (int first = 0; first <= all.size(); first += 37) {
            paged.addAll(rows(MemberAlerts.LIST + MemberAlerts.PAGE, today,
                    MemberAlerts.parameters("/1/", today, 30, 37, first)));
        }
        assertThat(paged).isEqualTo(all);

        AlertCount count = count("/1/", today, 30);
        assertThat(count.probationsDue()).isEqualTo(kind(all, MemberAlert.Kind.PROBATION_DUE)).isPositive();
        assertThat(count.probationsOverdue()).isEqualTo(kind(all, MemberAlert.Kind.PROBATION_OVERDUE)).isPositive();
        assertThat(count.lostContact()).isEqualTo(kind(all, MemberAlert.Kind.LOST_CONTACT)).isPositive();
        assertThat(count.total()).isEqualTo(all.size());
    }

    @Test
    @DisplayName("M6 the latest admission whose year ends by a day, the leap day included")
    void latestAdmission() {
        for (LocalDate limit = LocalDate.of(2023, 1, 1); limit.getYear() < 2029; limit = limit.plusDays(1)) {
            LocalDate latest = MemberAlerts.latestAdmission(limit);
            assertThat(latest.plusYears(1)).as("%s", limit).isBeforeOrEqualTo(limit);
            assertThat(latest.plusDays(1).plusYears(1)).as("%s", limit).isAfter(limit);
        }
        assertThat(MemberAlerts.latestAdmission(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(MemberAlerts.latestAdmission(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(MemberAlerts.latestAdmission(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    @DisplayName("M6 a row's alert: the probation's end by the rule, overdue the day after")
    void rowAlert() {
        MemberAlerts.Row row = new MemberAlerts.Row(7L, "党员甲", 2L, "支部甲", "ACTIVE", LocalDate.of(2024, 2, 29), 6,
                null);
        assertThat(row.alert(LocalDate.of(2025, 8, 28))).isEqualTo(new MemberAlert(MemberAlert.Kind.PROBATION_DUE,
                7L, "党员甲", 2L, "支部甲", LocalDate.of(2025, 8, 28), 0));
        assertThat(row.alert(LocalDate.of(2025, 8, 29)).kind()).isEqualTo(MemberAlert.Kind.PROBATION_OVERDUE);
        MemberAlerts.Row lost = new MemberAlerts.Row(8L, "党员乙", 2L, "支部甲", "SUSPENDED", null, null,
                LocalDate.of(2024, 9, 1));
        assertThat(lost.alert(LocalDate.of(2025, 3, 1))).isEqualTo(new MemberAlert(MemberAlert.Kind.LOST_CONTACT,
                8L, "党员乙", 2L, "支部甲", LocalDate.of(2024, 9, 1), -181));
    }

    /** Rule M16 in Java over the facts: what the service answered when it loaded every member. */
    private List<MemberAlert> expected(String prefix, LocalDate today, int within) {
        List<MemberAlert> alerts = new ArrayList<>();
        for (Fact f : facts) {
            String path = f.organization() == 3 ? "/3/" : f.organization() == 2 ? "/1/2/" : "/1/";
            if (!path.startsWith(prefix) || f.leftZoneOn() != null) {
                continue;
            }
            String organizationName = f.organization() == 3 ? "支部乙" : f.organization() == 2 ? "支部甲" : "委员会";
            Steps steps = new Steps(null, null, null, f.probationaryOn(), null);
            if (f.status() == MemberStatus.ACTIVE && f.stage() == Stage.PROBATIONARY
                    && steps.probationEnds(f.extensionMonths()) != null) {
                LocalDate ends = steps.probationEnds(f.extensionMonths());
                long days = ChronoUnit.DAYS.between(today, ends);
                if (days <= within) {
                    alerts.add(new MemberAlert(days < 0 ? MemberAlert.Kind.PROBATION_OVERDUE
                            : MemberAlert.Kind.PROBATION_DUE, f.id(), f.name(), f.organization(), organizationName,
                            ends, days));
                }
            }
            if (f.status() == MemberStatus.SUSPENDED && !f.statusSince().isAfter(today.minusMonths(6))) {
                alerts.add(new MemberAlert(MemberAlert.Kind.LOST_CONTACT, f.id(), f.name(), f.organization(),
                        organizationName, f.statusSince(), ChronoUnit.DAYS.between(today, f.statusSince())));
            }
        }
        alerts.sort(Comparator.comparing(MemberAlert::days).thenComparing(MemberAlert::name)
                .thenComparing(MemberAlert::memberId));
        return alerts;
    }

    private Fact fact(long id) {
        return facts.stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    private static long kind(List<MemberAlert> alerts, MemberAlert.Kind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).count();
    }

    private List<MemberAlert> list(String prefix, LocalDate today, int within) throws SQLException {
        return rows(MemberAlerts.LIST, today, MemberAlerts.parameters(prefix, today, within));
    }

    private List<MemberAlert> rows(String sql, LocalDate today, List<Object> parameters) throws SQLException {
        List<MemberAlert> alerts = new ArrayList<>();
        try (ResultSet rows = query(sql, parameters)) {
            while (rows.next()) {
                alerts.add(new MemberAlerts.Row(rows.getLong("member_id"), rows.getString("name"),
                        rows.getLong("organization_id"), rows.getString("organization_name"),
                        rows.getString("status"), rows.getObject("probationary_on", LocalDate.class),
                        rows.getObject("extension_months", Integer.class),
                        rows.getObject("status_since", LocalDate.class)).alert(today));
            }
        }
        return alerts;
    }

    private AlertCount count(String prefix, LocalDate today, int within) throws SQLException {
        try (ResultSet rows = query(MemberAlerts.COUNT, MemberAlerts.parameters(prefix, today, within,
                MemberAlerts.dayKey(today)))) {
            assertThat(rows.next()).isTrue();
            return new AlertCount(rows.getLong("probations_due"), rows.getLong("probations_overdue"),
                    rows.getLong("lost_contact"));
        }
    }

    private ResultSet query(String sql, List<Object> parameters) throws SQLException {
        // the service's statement, its ?n placeholders as JDBC ones (they are numbered in the order they appear)
        PreparedStatement statement = connection.prepareStatement(PLACEHOLDER.matcher(sql).replaceAll("?"));
        statement.closeOnCompletion();
        List<Integer> order = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(sql);
        while (placeholder.find()) {
            order.add(Integer.parseInt(placeholder.group(1)));
        }
        for (int i = 0; i < order.size(); i++) {
            statement.setObject(i + 1, parameters.get(order.get(i) - 1));
        }
        return statement.executeQuery();
    }
}
