package org.partyregistry.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements each benchmarked call runs, written out as SQL to be timed bare over JDBC. Where the application
 * builds native SQL the benchmark uses the very string (see {@code CoverageQuery}); where it runs JPQL these are the
 * statements EclipseLink sends for it (the same joins, filters, order and page), so the gap between the HTTP call
 * and this is the application's own cost: HTTP, authentication, the transaction, mapping and JSON.
 */
final class BareSql {

    private BareSql() {
    }

    /** A statement with its parameters; {@link #run} reads every row and returns how many there were. */
    record Statement(String sql, List<Object> parameters) {

        static Statement of(String sql, Object... parameters) {
            return new Statement(sql, List.of(parameters));
        }

        long run(Connection connection) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                long rows = 0;
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int c = 1; c <= columns; c++) {
                            result.getObject(c);
                        }
                        rows++;
                    }
                }
                return rows;
            }
        }
    }

    /** The native statements with {@code ?1}-style parameters that all take the same value (the date). */
    static Statement sameParameter(String sql, Object value) {
        int count = sql.split("\\?1", -1).length - 1;
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parameters.add(value);
        }
        return new Statement(sql.replace("?1", "?"), parameters);
    }

    /**
     * A native statement with numbered parameters ({@code ?1} the first value, {@code ?2} the second...), each
     * possibly used several times, turned into JDBC's positional {@code ?} with the values in order of use.
     */
    static Statement numbered(String sql, List<Object> values) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(sql);
        List<Object> parameters = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            parameters.add(values.get(Integer.parseInt(matcher.group(1)) - 1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        return new Statement(jdbc.toString(), parameters);
    }

    static final String MEMBER_COLUMNS = "m.id, m.version, m.name, m.sex, m.birth_date, m.ethnicity, m.education, "
            + "m.phone, m.id_number_cipher, m.id_number_hash, m.organization_id, m.enterprise_id, m.applied_on, "
            + "m.activist_on, m.development_target_on, m.probationary_on, m.full_on, m.extension_months, "
            + "m.extended_on, m.stage, m.party_standing_start, m.standing_start_reason, m.status, m.status_since, "
            + "m.status_reason, m.probation_cancelled, m.left_zone_on, m.left_zone_to";
    static final String ORGANIZATION_COLUMNS = "o.id, o.version, o.name, o.type, o.parent_id, o.path, "
            + "o.established_on, o.dissolved_on, o.dissolution_reason, o.status, o.merged_into_id";

    /** A roster page (MemberService.page and count): by path prefix and a name pattern or an ID hash. */
    static List<Statement> rosterPage(String prefixLike, String nameLike, String idHash, int page, int size) {
        String where = " WHERE o.path LIKE ? AND m.left_zone_on IS NULL"
                + (nameLike != null ? " AND LOWER(m.name) LIKE ? ESCAPE '\\'" : "")
                + (idHash != null ? " AND m.id_number_hash = ?" : "");
        List<Object> parameters = new ArrayList<>(List.of(prefixLike));
        if (nameLike != null) {
            parameters.add(nameLike);
        }
        if (idHash != null) {
            parameters.add(idHash);
        }
        return List.of(
                new Statement("SELECT " + MEMBER_COLUMNS + ", " + ORGANIZATION_COLUMNS + ", e.id, e.name, "
                        + "e.credit_code, e.park_id, e.industry, e.employees, e.founded_on, e.closed_on FROM member m "
                        + "JOIN organization o ON o.id = m.organization_id LEFT JOIN enterprise e ON e.id = "
                        + "m.enterprise_id" + where + " ORDER BY m.name, m.id LIMIT " + size + " OFFSET "
                        + page * size, parameters),
                new Statement("SELECT COUNT(m.id) FROM member m JOIN organization o ON o.id = m.organization_id"
                        + where, parameters));
    }

    /** MedalService.round: the year's nominations and the members who may be candidates. */
    static List<Statement> medalCandidates(int year, java.time.LocalDate latestStart) {
        return List.of(
                Statement.of("SELECT n.*, " + MEMBER_COLUMNS + ", " + ORGANIZATION_COLUMNS + " FROM medal_nomination n "
                        + "JOIN member m ON m.id = n.member_id JOIN organization o ON o.id = m.organization_id "
                        + "WHERE n.medal_year = ? AND o.path LIKE ?", year, "/%"),
                Statement.of("SELECT DISTINCT " + MEMBER_COLUMNS + ", " + ORGANIZATION_COLUMNS + ", s.suspended_from, "
                        + "s.suspended_until FROM member m JOIN organization o ON o.id = m.organization_id "
                        + "LEFT JOIN member_suspension s ON s.member_id = m.id WHERE m.status = 'ACTIVE' "
                        + "AND m.stage = 'FULL' AND m.left_zone_on IS NULL AND m.party_standing_start IS NOT NULL "
                        + "AND m.party_standing_start <= ? AND o.path LIKE ? AND NOT EXISTS (SELECT 1 FROM "
                        + "medal_nomination a WHERE a.member_id = m.id AND a.state = 'AWARDED' AND a.medal_year <> ?)",
                        latestStart, "/%", year));
    }

    /**
     * DuesArrearsService.arrears for the whole register (rule D8): the members the dues standing finds behind (nothing
     * paid from the first of the reminder's months on, or the current month paid but nothing before it from then on).
     */
    static List<Statement> arrears(java.time.LocalDate today) {
        int lastComplete = org.partyregistry.dues.entity.Standing.number(java.time.YearMonth.from(today)) - 1;
        int threshold = lastComplete - 2;
        return List.of(Statement.of("SELECT m.id, m.name, o.id, o.name, s.owes_from, s.paid_through, s.paid_before "
                + "FROM dues_standing s JOIN member m ON m.id = s.member_id JOIN organization o ON o.id = "
                + "m.organization_id WHERE (s.paid_through < ? OR (s.paid_through = ? AND s.paid_before < ?)) AND "
                + "o.path LIKE ? AND m.left_zone_on IS NULL AND m.stage IN ('PROBATIONARY', 'FULL') AND m.status IN "
                + "('ACTIVE', 'SUSPENDED')", threshold, lastComplete + 1, threshold, "/%"));
    }

    /**
     * DuesArrearsService.page, the first page of {@code limit} rows of the whole register by key: the members behind
     * with nothing paid from the first reminder month on, then those who paid the current month, each in index order.
     */
    static List<Statement> arrearsPage(java.time.LocalDate today, int limit) {
        int lastComplete = org.partyregistry.dues.entity.Standing.number(java.time.YearMonth.from(today)) - 1;
        int threshold = lastComplete - 2;
        String standing = "SELECT m.id, m.name, o.id, o.name, s.owes_from, s.paid_through, s.paid_before FROM "
                + "dues_standing s JOIN member m ON m.id = s.member_id JOIN organization o ON o.id = "
                + "m.organization_id WHERE o.path LIKE ? AND m.left_zone_on IS NULL AND m.stage IN ('PROBATIONARY', "
                + "'FULL') AND m.status IN ('ACTIVE', 'SUSPENDED')";
        return List.of(
                Statement.of(standing + " AND s.paid_through < ? AND s.paid_through >= ? AND (s.paid_through > ? OR "
                        + "s.member_id > ?) ORDER BY s.paid_through, s.member_id LIMIT " + limit, "/%", threshold,
                        Integer.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE),
                Statement.of(standing + " AND s.paid_through = ? AND s.paid_before < ? AND s.paid_before >= ? AND "
                        + "(s.paid_before > ? OR s.member_id > ?) ORDER BY s.paid_before, s.member_id LIMIT " + limit,
                        "/%", lastComplete + 1, threshold, Integer.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE));
    }

    /**
     * ComplianceService.compliance for one organization over a period: the organization, then ComplianceFacts for it
     * and its groups, activities held from the earlier of {@code from} and this year's start to the later of
     * {@code to} and today (the period in progress).
     */
    static List<Statement> compliance(long organizationId, String path, java.time.LocalDate from,
                                      java.time.LocalDate to, java.time.LocalDate today) {
        java.time.LocalDate yearStart = today.withDayOfYear(1);
        List<Statement> statements = new ArrayList<>();
        statements.add(Statement.of("SELECT " + ORGANIZATION_COLUMNS + " FROM organization o WHERE o.id = ?",
                organizationId));
        statements.addAll(complianceFacts(path + "%", organizationId, from, to,
                from.isBefore(yearStart) ? from : yearStart, to.isAfter(today) ? to : today));
        return statements;
    }

    /**
     * ComplianceService.behind for the whole register over a period: a calendar period's kept figures (rule ACT21,
     * when nothing is to be recomputed), else ComplianceFacts.loadTallied.
     */
    static List<Statement> behind(java.time.LocalDate from, java.time.LocalDate to, java.time.LocalDate today) {
        return subtree("/%", from, to, today);
    }

    private static List<Statement> subtree(String prefix, java.time.LocalDate from, java.time.LocalDate to,
                                           java.time.LocalDate today) {
        org.partyregistry.platform.DateRange period = org.partyregistry.activity.control.ComplianceKept.keptPeriod(from,
                to, today);
        if (period == null) {
            return tallied(prefix, from, to);
        }
        return List.of(Statement.of(org.partyregistry.activity.control.KeptRows.MARKS, prefix),
                Statement.of(org.partyregistry.activity.control.KeptRows.KEPT, period.from(), period.to(),
                        prefix, to, from),
                Statement.of(FREQUENCIES));
    }

    /**
     * ComplianceService.matrix under one organization (staff, {@code organizationId} given): the organization, then
     * ComplianceFacts for its subtree over the period.
     */
    static List<Statement> matrix(long organizationId, String path, java.time.LocalDate from,
                                  java.time.LocalDate to, java.time.LocalDate today) {
        List<Statement> statements = new ArrayList<>();
        statements.add(Statement.of("SELECT " + ORGANIZATION_COLUMNS + " FROM organization o WHERE o.id = ?",
                organizationId));
        statements.addAll(subtree(path + "%", from, to, today));
        return statements;
    }

    /**
     * ComplianceFacts.loadTallied over a calendar year that ended (rule ACT20): the organizations, the year's tally
     * rows under the path, the month rows of the organizations whose year row does not stand for their year, the
     * terms, the full members and the frequencies. Which organizations those are the application decides from the
     * committee figures in Java (a committee on some months' first day but not all); here a statement of the same
     * shape reads the months of a stand-in: every type of the organizations founded or dissolved within the year,
     * and the committee meetings of those with a 3-seat term elected or ended within it.
     */
    static List<Statement> tallied(String prefix, java.time.LocalDate from, java.time.LocalDate to) {
        if (from.getDayOfYear() == 1 && from.getYear() == to.getYear() && to.getDayOfMonth() != to.lengthOfMonth()) {
            return yearToDate(prefix, from, to);
        }
        if (from.getDayOfYear() != 1 || !to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            throw new IllegalArgumentException("the bench times the tally over one calendar year: " + from + ".." + to);
        }
        int year = from.getYear();
        List<Statement> facts = complianceFacts(prefix, null, from, to, from, to);
        List<Statement> statements = new ArrayList<>();
        statements.add(facts.get(0));
        statements.add(Statement.of(jdbc(org.partyregistry.activity.control.ComplianceFacts.TALLY_UNDER), prefix,
                year, year));
        statements.add(Statement.of("SELECT t.organization_id, t.activity_type, t.period_key, t.held, t.valid FROM "
                + "activity_tally t WHERE t.period_key BETWEEN ? AND ? AND (t.organization_id IN (SELECT o.id FROM "
                + "organization o WHERE o.path LIKE ? AND (o.established_on > ? OR o.dissolved_on < ?)) OR "
                + "t.activity_type = 'BRANCH_COMMITTEE_MEETING' AND t.organization_id IN (SELECT tm.organization_id "
                + "FROM term tm WHERE tm.seats >= 3 AND (tm.elected_on BETWEEN ? AND ? OR tm.ended_on BETWEEN ? AND ?"
                + ")))", year * 100 + 1, year * 100 + 12, prefix, from, to, from, to, from, to));
        statements.addAll(facts.subList(2, facts.size()));
        return statements;
    }

    /**
     * ComplianceFacts.loadTallied from 1 January to a day inside a month of the same year (the home page's card: this
     * year so far): the organizations, the month rows of the whole months before that day's month, the activities of
     * that month's days up to the day, the terms, the full members and the frequencies.
     */
    private static List<Statement> yearToDate(String prefix, java.time.LocalDate from, java.time.LocalDate to) {
        java.time.LocalDate monthStart = to.withDayOfMonth(1);
        List<Statement> facts = complianceFacts(prefix, null, from, to, monthStart, to);
        List<Statement> statements = new ArrayList<>();
        statements.add(facts.get(0));
        if (monthStart.isAfter(from)) {
            java.time.LocalDate lastWhole = monthStart.minusDays(1);
            statements.add(Statement.of(jdbc(org.partyregistry.activity.control.ComplianceFacts.TALLY_UNDER), prefix,
                    from.getYear() * 100 + 1, lastWhole.getYear() * 100 + lastWhole.getMonthValue()));
        }
        statements.addAll(facts.subList(1, facts.size()));
        return statements;
    }

    private static java.time.LocalDate earlier(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static java.time.LocalDate later(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A JPA native statement's positional parameters ({@code ?1}) as JDBC's ({@code ?}). */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d+", "?");
    }

    /**
     * ComplianceFacts.load: the organizations (a subtree: those existing during the period; one organization: it
     * and its groups), the activities held per organization, type, validity and day, the terms with 3+ seats in
     * office during the period, the full members per organization path (ComplianceFacts.FULL_MEMBERS over the window the application
     * uses), and the required frequencies.
     */
    static List<Statement> complianceFacts(String prefix, Long only, java.time.LocalDate from,
                                           java.time.LocalDate to, java.time.LocalDate heldFrom,
                                           java.time.LocalDate heldTo) {
        String restriction = only == null ? "" : " AND (o.id = ? OR (p.id = ? AND o.type = 'GROUP'))";
        List<Object> organizations = new ArrayList<>(List.of(prefix));
        if (only == null) {
            organizations.add(to);
            organizations.add(from);
        } else {
            organizations.add(only);
            organizations.add(only);
        }
        List<Object> held = new ArrayList<>(List.of(prefix, heldFrom, heldTo));
        List<Object> terms = new ArrayList<>(List.of(prefix, 3, to, from));
        if (only != null) {
            held.addAll(List.of(only, only));
            terms.addAll(List.of(only, only));
        }
        return List.of(
                new Statement("SELECT o.id, o.name, o.type, p.id, o.path, o.established_on, o.dissolved_on FROM "
                        + "organization o LEFT JOIN organization p ON p.id = o.parent_id WHERE o.path LIKE ?"
                        + (only == null ? " AND o.established_on <= ? AND (o.dissolved_on IS NULL OR o.dissolved_on"
                        + " > ?)" : "") + restriction + " ORDER BY o.path", organizations),
                new Statement("SELECT o.id, a.activity_type, a.is_valid, a.held_on, COUNT(a.id) FROM activity a "
                        + "JOIN organization o ON o.id = a.organization_id LEFT JOIN organization p ON p.id = "
                        + "o.parent_id WHERE o.path LIKE ? AND a.held_on >= ? AND a.held_on <= ?" + restriction
                        + " GROUP BY o.id, a.activity_type, a.is_valid, a.held_on", held),
                new Statement("SELECT o.id, o.path, t.elected_on, t.ended_on FROM term t JOIN organization o ON "
                        + "o.id = t.organization_id LEFT JOIN organization p ON p.id = o.parent_id WHERE o.path LIKE ?"
                        + " AND t.seats >= ? AND t.elected_on <= ? AND (t.ended_on IS NULL OR t.ended_on > ?)"
                        + restriction, terms),
                Statement.of(jdbc(org.partyregistry.activity.control.ComplianceFacts.FULL_MEMBERS),
                        earlier(from, heldFrom), earlier(from, heldFrom), later(to, heldTo), later(to, heldTo),
                        later(to, heldTo), prefix,
                        to, from, from),
                Statement.of(FREQUENCIES));
    }

    /** The required frequencies as EclipseLink reads them (ComplianceFacts.frequencies). */
    static final String FREQUENCIES = "SELECT r.id, r.version, r.organization_type, r.activity_type, r.frequency "
            + "FROM activity_requirement r";
}
