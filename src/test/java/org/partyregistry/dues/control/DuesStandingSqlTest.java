package org.partyregistry.dues.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.dues.entity.Standing;

/**
 * Rule D8's summary in SQL on H2 (the IT runs the service path on H2 and PostgreSQL): the migration's backfill is
 * the rebuild statement and gives what {@link Standing#of} gives; the payment statement keeps each row equal to the
 * rebuilt one over a series of payments in any order; a member who stops owing loses the row on a refresh.
 */
class DuesStandingSqlTest {

    static final MigrationVersion STANDING = MigrationVersion.fromVersion("17");

    /** Members 101-120 with 2024 and 2025 fixed, 121-125 with nothing fixed, 126 an applicant. */
    static final int MEMBERS = 26;

    @Test
    @DisplayName("D14 the migration fills the standing with the rebuild statement, word for word")
    void migrationRunsTheRebuildStatement() throws Exception {
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V17__dues_standing.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(words(migration)).contains(words(DuesStandings.INSERT + DuesStandings.rebuildStatement()));
    }

    @Test
    @DisplayName("D14 backfill, then 150 payments in random order and a death: the rows kept equal the rebuilt ones")
    void keptCurrentEqualsRebuiltInSql() throws SQLException {
        String url = "jdbc:h2:mem:dues-standing-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            flyway(url).target(justBefore(url)).load().migrate();
            Map<Long, TreeSet<YearMonth>> paid = new HashMap<>();
            List<long[]> open = facts(connection, paid);
            flyway(url).load().migrate();
            assertThat(kept(connection)).isEqualTo(expected(paid));

            Random random = new Random(17);
            long payment = 9000;
            for (int i = 0; i < 150 && !open.isEmpty(); i++) {
                // a payment of one to three open months of one member, the latest not always last
                long member = open.get(random.nextInt(open.size()))[0];
                List<long[]> months = open.stream().filter(o -> o[0] == member).toList();
                List<long[]> chosen = new ArrayList<>(months.subList(0, Math.min(months.size(),
                        1 + random.nextInt(3))));
                java.util.Collections.shuffle(chosen, random);
                payment++;
                try (Statement sql = connection.createStatement()) {
                    sql.executeUpdate("INSERT INTO dues_payment (id, version, member_id, paid_on, amount, method, "
                            + "recorded_by) VALUES (" + payment + ", 1, " + member + ", DATE '2025-12-20', 1.00, "
                            + "'CASH', 'test')");
                    for (long[] month : chosen) {
                        sql.executeUpdate("UPDATE dues_month SET payment_id = " + payment + ", amount_paid = 1.00 "
                                + "WHERE id = " + month[1]);
                        paid.get(member).add(Standing.month((int) month[2]));
                    }
                }
                open.removeAll(chosen);
                List<Integer> latest = chosen.stream().map(m -> (int) m[2]).sorted(Comparator.reverseOrder())
                        .limit(2).toList();
                run(connection, DuesStandings.PAID, latest.get(0), latest.size() > 1 ? latest.get(1)
                        : Standing.NO_MONTH, member);
                assertThat(differing(connection)).as("after payment %d", i).isZero();
            }
            assertThat(kept(connection)).isEqualTo(expected(paid));

            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("UPDATE member SET status = 'DECEASED', status_since = DATE '2025-11-02' "
                        + "WHERE id = 103");
            }
            assertThat(differing(connection)).isEqualTo(1);
            run(connection, "DELETE FROM dues_standing WHERE member_id IN (103)");
            run(connection, DuesStandings.INSERT + DuesStandings.REBUILD.replace(DuesStandings.MEMBERS,
                    " AND m.id IN (103)"));
            assertThat(differing(connection)).isZero();
            assertThat(kept(connection)).doesNotContainKey(103L).hasSize(MEMBERS - 2);
        }
    }

    /**
     * Members, their years 2024 and 2025 (from admission) and months; some paid already. Returns the open months
     * ({@code member, dues_month id, month number}) and fills {@code paid}.
     */
    private static List<long[]> facts(Connection connection, Map<Long, TreeSet<YearMonth>> paid)
            throws SQLException {
        List<long[]> open = new ArrayList<>();
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO organization (id, version, name, type, parent_id, path, established_on, "
                    + "status) VALUES (1, 1, '示例支部', 'BRANCH', NULL, '/1/', DATE '2000-01-01', 'ACTIVE')");
            long id = 1000;
            for (long m = 101; m < 101 + MEMBERS; m++) {
                YearMonth admitted = YearMonth.of(2023, 1).plusMonths((m * 5) % 30);
                String stage = m == 126 ? "'APPLICANT'" : "'FULL'";
                String probationary = m == 126 ? "NULL" : m % 4 == 0 ? "NULL" : "DATE '" + admitted.atDay(9) + "'";
                String full = m == 126 || m % 4 != 0 ? "NULL" : "DATE '" + admitted.atDay(20) + "'";
                sql.executeUpdate("INSERT INTO member (id, version, name, sex, birth_date, id_number_cipher, "
                        + "id_number_hash, organization_id, probationary_on, full_on, stage, status, "
                        + "probation_cancelled) VALUES (" + m + ", 1, '党员" + m + "', 'MALE', DATE '1990-01-01', "
                        + "'c', 'h" + m + "', 1, " + probationary + ", " + full + ", " + stage + ", 'ACTIVE', FALSE)");
                if (m == 101) {
                    sql.executeUpdate("INSERT INTO dues_payment (id, version, member_id, paid_on, amount, method, "
                            + "recorded_by) VALUES (1, 1, 101, DATE '2024-04-01', 1.00, 'CASH', 'test')");
                }
                if (m == 126) {
                    continue;
                }
                paid.put(m, new TreeSet<>());
                if (m > 120) {
                    continue;
                }
                for (int year = 2024; year <= 2025; year++) {
                    if (admitted.getYear() > year) {
                        continue;
                    }
                    long yearId = ++id;
                    sql.executeUpdate("INSERT INTO dues_year (id, version, member_id, dues_year, category, income, "
                            + "standard_monthly, monthly, confirmed, confirmed_on) VALUES (" + yearId + ", 1, " + m
                            + ", " + year + ", 'IN_SERVICE', 4000, 1.00, 1.00, TRUE, DATE '" + year + "-01-15')");
                    for (int month = 1; month <= 12; month++) {
                        YearMonth ym = YearMonth.of(year, month);
                        if (ym.isBefore(admitted)) {
                            continue;
                        }
                        long monthId = ++id;
                        boolean alreadyPaid = m == 101 && year == 2024 && month <= 3;
                        sql.executeUpdate("INSERT INTO dues_month (id, version, member_id, dues_year_id, "
                                + "month_start, amount_due, payment_id, amount_paid) VALUES (" + monthId + ", 1, "
                                + m + ", " + yearId + ", DATE '" + ym.atDay(1) + "', 1.00, "
                                + (alreadyPaid ? "1, 1.00" : "NULL, NULL") + ")");
                        if (alreadyPaid) {
                            paid.get(m).add(ym);
                        } else {
                            open.add(new long[] {m, monthId, Standing.number(ym)});
                        }
                    }
                }
            }
        }
        return open;
    }

    /** What {@link Standing#of} gives from the same facts (admission and first year fixed as written above). */
    private static Map<Long, Standing> expected(Map<Long, TreeSet<YearMonth>> paid) {
        Map<Long, Standing> expected = new HashMap<>();
        paid.forEach((m, months) -> {
            YearMonth admitted = YearMonth.of(2023, 1).plusMonths((m * 5) % 30);
            Integer firstFixed = m > 120 ? null : Math.max(2024, admitted.getYear());
            expected.put(m, Standing.of(admitted, firstFixed, months));
        });
        return expected;
    }

    private static Map<Long, Standing> kept(Connection connection) throws SQLException {
        Map<Long, Standing> rows = new HashMap<>();
        try (Statement sql = connection.createStatement(); ResultSet r = sql.executeQuery(
                "SELECT member_id, owes_from, paid_through, paid_before FROM dues_standing")) {
            while (r.next()) {
                rows.put(r.getLong(1), new Standing(r.getInt(2), r.getInt(3), r.getInt(4)));
            }
        }
        return rows;
    }

    /** As {@code DuesStandings.differing}: rows kept the facts do not give, and rows they give not kept. */
    private static long differing(Connection connection) throws SQLException {
        String kept = "SELECT member_id, owes_from, paid_through, paid_before FROM dues_standing";
        String rebuilt = DuesStandings.rebuildStatement();
        long count = 0;
        for (String sql : List.of("SELECT COUNT(*) FROM (" + kept + " EXCEPT " + rebuilt + ") x",
                "SELECT COUNT(*) FROM (" + rebuilt + " EXCEPT " + kept + ") x")) {
            try (Statement statement = connection.createStatement(); ResultSet r = statement.executeQuery(sql)) {
                r.next();
                count += r.getLong(1);
            }
        }
        return count;
    }

    /** Runs a statement with {@code ?n} parameters, as the native query binds them. */
    private static void run(Connection connection, String sql, Object... parameters) throws SQLException {
        Matcher matcher = Pattern.compile("\\?(\\d)").matcher(sql);
        List<Object> bound = new ArrayList<>();
        while (matcher.find()) {
            bound.add(parameters[Integer.parseInt(matcher.group(1)) - 1]);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.replaceAll("\\?\\d", "?"))) {
            for (int i = 0; i < bound.size(); i++) {
                statement.setObject(i + 1, bound.get(i));
            }
            statement.executeUpdate();
        }
    }

    private static String words(String sql) {
        return sql.replaceAll("\\s+", " ").replace(" ;", ";").strip();
    }

    private static MigrationVersion justBefore(String url) {
        return java.util.Arrays.stream(flyway(url).load().info().all())
                .map(org.flywaydb.core.api.MigrationInfo::getVersion)
                .filter(v -> v != null && STANDING.isNewerThan(v))
                .max(MigrationVersion::compareTo).orElseThrow();
    }

    private static FluentConfiguration flyway(String url) {
        return Flyway.configure(DuesStandingSqlTest.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration");
    }
}
