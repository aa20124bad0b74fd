package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.DateRange;
import org.partyregistry.platform.SummaryCheck;

/**
 * Rule ACT21: each organization's compliance figures for a calendar period (a year, quarter or month), kept in
 * {@code compliance_kept}, so that the table, "behind" and the home page's card of a whole city read one row per
 * organization. A request for a whole closed period, or for the current one from its first day up to today or later,
 * is such a period: its required periods are those of the closed months (rule ACT16), the same whatever day of the
 * month is today.
 *
 * <p>A write that changes a fact the figures read adds a mark ({@link ComplianceMarks}) in its transaction. A report
 * reads the marks, then the kept rows; an organization that is marked, or has no row for the period (or one counted to
 * another month's end), is recomputed by the rules from the facts, written back, and the marks seen removed. Those
 * writes take turns on {@code compliance_refresh}, and a mark added after a report read the marks stays for the
 * next one, so a kept row without a mark always holds what the facts give.
 */
@ApplicationScoped
public class ComplianceKept {

    /** Ids per statement. */
    static final int CHUNK = 500;

    /**
     * Up to this many organizations to recompute, each is computed on its own (five statements); above, the whole
     * subtree in one pass (a few statements whatever its size).
     */
    static final int ONE_BY_ONE = 40;

    /** The marks under a path (parameter: the path prefix, {@code /1/7/%}). */
    public static final String MARKS = "SELECT m.id, m.organization_id FROM compliance_mark m "
            + "LEFT JOIN organization o ON o.id = m.organization_id WHERE m.organization_id IS NULL OR o.path LIKE ?";

    /**
     * The organizations under a path that existed during a period, with their kept rows of a calendar period
     * (parameters: the calendar period's first and last day, the path prefix, the requested period's last and first
     * day).
     */
    public static final String KEPT = "SELECT o.id, o.name, o.type, o.parent_id, o.path, o.established_on, "
            + "o.dissolved_on, k.through_on, k.figures FROM organization o "
            + "LEFT JOIN compliance_kept k ON k.organization_id = o.id AND k.period_from = ? AND k.period_to = ? "
            + "WHERE o.path LIKE ? AND o.established_on <= ? AND (o.dissolved_on IS NULL OR o.dissolved_on > ?) "
            + "ORDER BY o.path";

    static final String INSERT = "INSERT INTO compliance_kept (organization_id, period_from, period_to, through_on, "
            + "figures) VALUES (?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    ComplianceFacts facts;

    /** The organizations of a report in tree order, each one's report, and the required frequencies. */
    record Computed(List<OrganizationLife> organizations, Map<Long, ComplianceReport> reports,
                    Map<OrganizationType, Map<ActivityType, Frequency>> frequencies) {
    }

    /**
     * Rule ACT21: the calendar period whose kept figures answer a request over {@code from..to} on {@code today}, else
     * null: a month, quarter or year starting on {@code from} that ended before today and ends on {@code to}, or that
     * holds today and ends on or after {@code to} (the shortest such).
     */
    public static DateRange keptPeriod(LocalDate from, LocalDate to, LocalDate today) {
        if (from.getDayOfMonth() != 1) {
            return null;
        }
        List<LocalDate> ends = new ArrayList<>(3);
        ends.add(from.plusMonths(1).minusDays(1));
        if ((from.getMonthValue() - 1) % 3 == 0) {
            ends.add(from.plusMonths(3).minusDays(1));
        }
        if (from.getMonthValue() == 1) {
            ends.add(from.plusYears(1).minusDays(1));
        }
        for (LocalDate end : ends) {
            boolean closed = end.isBefore(today) && to.equals(end);
            boolean current = !from.isAfter(today) && !today.isAfter(end) && !to.isBefore(today) && !to.isAfter(end);
            if (closed || current) {
                return DateRange.of(from, end);
            }
        }
        return null;
    }

    /** Rule ACT21: the last day whose periods a calendar period's figures count on {@code today}. */
    static LocalDate through(DateRange period, LocalDate today) {
        LocalDate closedMonthsEnd = today.withDayOfMonth(1).minusDays(1);
        return closedMonthsEnd.isBefore(period.to()) ? closedMonthsEnd : period.to();
    }

    /** One organization of a report: its life and its own kept rows (null: to be computed). */
    record Entry(OrganizationLife life, List<ComplianceReport.Row> rows) {
    }

    /** What a report found: its organizations, the marks it saw (ids), the organizations marked, and a mark on all. */
    record Snapshot(List<Entry> entries, List<Long> markIds, Set<Long> marked, boolean everything) {

        List<OrganizationLife> stale() {
            return entries.stream().filter(e -> e.rows() == null).map(Entry::life).toList();
        }
    }

    /**
     * Rules ACT19, ACT21: the organizations under {@code path} that existed during {@code from..to} (a request that
     * {@link #keptPeriod} gives {@code period} for) in tree order, with their reports over it.
     */
    Computed reports(String path, LocalDate from, LocalDate to, DateRange period, LocalDate today) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        LocalDate through = through(period, today);
        try {
            Snapshot snapshot = snapshot(connection, path, from, to, period, through);
            if (snapshot.everything() || !snapshot.stale().isEmpty()) {
                lock(connection);
                snapshot = snapshot(connection, path, from, to, period, through);
                Map<Long, List<ComplianceReport.Row>> fresh = compute(snapshot.stale(), path, period, today);
                write(connection, snapshot, fresh, period, through);
                List<Entry> entries = new ArrayList<>(snapshot.entries().size());
                for (Entry e : snapshot.entries()) {
                    entries.add(e.rows() != null ? e : new Entry(e.life(), fresh.get(e.life().id())));
                }
                snapshot = new Snapshot(entries, List.of(), Set.of(), false);
            }
            List<OrganizationLife> organizations = snapshot.entries().stream().map(Entry::life).toList();
            Map<Long, List<ComplianceReport.Row>> rows = new HashMap<>();
            snapshot.entries().forEach(e -> rows.put(e.life().id(), e.rows()));
            return new Computed(organizations, assemble(organizations, rows, from, to), facts.frequencies());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the kept compliance figures: " + e.getMessage(), e);
        }
    }

    /** The marks under the path, then the organizations with their kept rows of the period (in this order). */
    private Snapshot snapshot(Connection connection, String path, LocalDate from, LocalDate to, DateRange period,
                              LocalDate through) throws SQLException {
        List<Long> markIds = new ArrayList<>();
        Set<Long> marked = new HashSet<>();
        boolean everything = false;
        try (PreparedStatement sql = connection.prepareStatement(MARKS)) {
            sql.setString(1, path + "%");
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    markIds.add(rows.getLong(1));
                    long organizationId = rows.getLong(2);
                    if (rows.wasNull()) {
                        everything = true;
                    } else {
                        marked.add(organizationId);
                    }
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        // many organizations hold the same figures (all met, say): each text is read once, its rows shared
        Map<String, List<ComplianceReport.Row>> texts = new HashMap<>();
        String keptThrough = through.toString();
        try (PreparedStatement sql = connection.prepareStatement(KEPT)) {
            sql.setDate(1, Date.valueOf(period.from()));
            sql.setDate(2, Date.valueOf(period.to()));
            sql.setString(3, path + "%");
            sql.setDate(4, Date.valueOf(to));
            sql.setDate(5, Date.valueOf(from));
            sql.setFetchSize(1000);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    long parentId = rows.getLong(4);
                    Long parent = rows.wasNull() ? null : parentId;
                    // getDate, not getObject(i, LocalDate.class): the server's connection wrapper looks that
                    // method up by reflection on every call
                    Date dissolved = rows.getDate(7);
                    OrganizationLife life = new OrganizationLife(id, rows.getString(2),
                            OrganizationType.valueOf(rows.getString(3)), parent, rows.getString(5),
                            rows.getDate(6).toLocalDate(), dissolved == null ? null : dissolved.toLocalDate());
                    String figures = rows.getString(9);
                    boolean current = figures != null && !everything && !marked.contains(id)
                            && keptThrough.equals(rows.getString(8));
                    entries.add(new Entry(life, current ? texts.computeIfAbsent(figures, ComplianceKept::decoded)
                            : null));
                }
            }
        }
        return new Snapshot(entries, markIds, marked, everything);
    }

    /** Kept text that cannot be read (written by another version, say) is computed again. */
    private static List<ComplianceReport.Row> decoded(String figures) {
        try {
            return KeptFigures.decode(figures);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Reports that write back take turns here, from reading the marks until their transaction ends. */
    private static void lock(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT id FROM compliance_refresh WHERE id = 1 FOR UPDATE")) {
            row.next();
        }
    }

    /** Rules ACT8, ACT15, ACT16, ACT18: the organizations' own rows over the whole period, from the facts. */
    private Map<Long, List<ComplianceReport.Row>> compute(List<OrganizationLife> stale, String path,
                                                          DateRange period, LocalDate today) {
        LocalDate first = period.from();
        LocalDate last = period.to();
        ComplianceRules.Request request = new ComplianceRules.Request(first, last, today, false);
        Map<Long, List<ComplianceReport.Row>> fresh = new HashMap<>();
        if (stale.size() > ONE_BY_ONE) {
            Map<Long, ComplianceReport> reports = ComplianceRules.reports(
                    facts.loadTallied(path, DateRange.of(first, last), today), request);
            stale.forEach(o -> fresh.put(o.id(), reports.get(o.id()).rows()));
        } else {
            for (OrganizationLife o : stale) {
                ComplianceRules.Facts loaded = facts.load(ComplianceFacts.Target.one(o.id(), o.path()), first, last,
                        first, last);
                fresh.put(o.id(), ComplianceRules.reports(loaded, request).get(o.id()).rows());
            }
        }
        return fresh;
    }

    /**
     * The fresh rows written for the period; every period's rows of the organizations marked removed (all rows for a
     * mark on all), and the marks seen.
     */
    private static void write(Connection connection, Snapshot snapshot, Map<Long, List<ComplianceReport.Row>> fresh,
                              DateRange period, LocalDate through) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            if (snapshot.everything()) {
                sql.executeUpdate("DELETE FROM compliance_kept");
            } else {
                for (String in : in(snapshot.marked())) {
                    sql.executeUpdate("DELETE FROM compliance_kept WHERE organization_id" + in);
                }
            }
        }
        for (String in : in(fresh.keySet())) {
            try (PreparedStatement sql = connection.prepareStatement("DELETE FROM compliance_kept WHERE "
                    + "period_from = ? AND period_to = ? AND organization_id" + in)) {
                sql.setDate(1, Date.valueOf(period.from()));
                sql.setDate(2, Date.valueOf(period.to()));
                sql.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int batched = 0;
            for (Map.Entry<Long, List<ComplianceReport.Row>> e : fresh.entrySet()) {
                insert.setLong(1, e.getKey());
                insert.setDate(2, Date.valueOf(period.from()));
                insert.setDate(3, Date.valueOf(period.to()));
                insert.setDate(4, Date.valueOf(through));
                insert.setString(5, KeptFigures.encode(e.getValue()));
                insert.addBatch();
                if (++batched % CHUNK == 0) {
                    insert.executeBatch();
                }
            }
            if (batched % CHUNK != 0) {
                insert.executeBatch();
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (String in : in(snapshot.markIds())) {
                sql.executeUpdate("DELETE FROM compliance_mark WHERE id" + in);
            }
            if (fresh.size() > ONE_BY_ONE && connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                // the planner's figures for a whole subtree's new rows at once: without them it takes the period's
                // rows for one and joins every organization against all of them (at city, minutes instead of 0.1 s)
                sql.execute("ANALYZE compliance_kept");
            }
        }
    }

    /** " IN (1, 2, ...)" per chunk of ids. */
    private static List<String> in(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(" IN (" + all.subList(from, Math.min(all.size(), from + CHUNK)).stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
        return chunks;
    }

    /**
     * Rule ACT15: each organization's report from its own rows, a branch's groups listed with the group meetings of
     * their own rows (the branch's own row already sums them), as {@link ComplianceRules#reports} gives them.
     */
    static Map<Long, ComplianceReport> assemble(List<OrganizationLife> organizations,
                                                Map<Long, List<ComplianceReport.Row>> rows, LocalDate from,
                                                LocalDate to) {
        Map<Long, List<ComplianceReport.GroupRow>> groups = new HashMap<>();
        for (OrganizationLife o : organizations) {
            if (o.type() == OrganizationType.GROUP && o.parentId() != null && o.existedDuring(from, to)) {
                groups.computeIfAbsent(o.parentId(), id -> new ArrayList<>()).add(ComplianceReport.GroupRow.of(
                        o.id(), o.name(), rows.get(o.id()).get(ActivityType.GROUP_MEETING.ordinal())));
            }
        }
        Map<Long, ComplianceReport> reports = new LinkedHashMap<>();
        // the counted periods' bounds once per distinct list of rows (organizations share them)
        Map<List<ComplianceReport.Row>, LocalDate[]> bounds = new java.util.IdentityHashMap<>();
        for (OrganizationLife o : organizations) {
            List<ComplianceReport.GroupRow> own = groups.get(o.id());
            List<ComplianceReport.Row> mine = rows.get(o.id());
            LocalDate[] counted = bounds.computeIfAbsent(mine, r -> new LocalDate[] {ComplianceReport.first(r),
                    ComplianceReport.last(r)});
            reports.put(o.id(), new ComplianceReport(o.id(), o.name(), from, to, mine,
                    own == null ? null : List.copyOf(own), counted[0], counted[1]));
        }
        return reports;
    }

    /**
     * Rule ACT21: the kept rows against the rules computed from the activities (not the tally) for each period they
     * hold: rows marked or counted to another month's end are out of date by design and not compared.
     */
    SummaryCheck check(LocalDate today) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            Set<Long> marked = new HashSet<>();
            boolean everything = false;
            try (PreparedStatement sql = connection.prepareStatement(MARKS)) {
                sql.setString(1, "/%");
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(2);
                        if (rows.wasNull()) {
                            everything = true;
                        } else {
                            marked.add(id);
                        }
                    }
                }
            }
            Map<DateRange, Map<Long, String>> kept = new HashMap<>();
            long rows = 0;
            try (Statement sql = connection.createStatement();
                 ResultSet all = sql.executeQuery("SELECT organization_id, period_from, period_to, through_on, "
                         + "figures FROM compliance_kept")) {
                while (all.next()) {
                    rows++;
                    DateRange period = DateRange.of(all.getDate(2).toLocalDate(), all.getDate(3).toLocalDate());
                    if (!everything && !marked.contains(all.getLong(1))
                            && all.getDate(4).toLocalDate().equals(through(period, today))) {
                        kept.computeIfAbsent(period, p -> new HashMap<>()).put(all.getLong(1), all.getString(5));
                    }
                }
            }
            long differences = 0;
            for (Map.Entry<DateRange, Map<Long, String>> period : kept.entrySet()) {
                LocalDate first = period.getKey().from();
                LocalDate last = period.getKey().to();
                Map<Long, ComplianceReport> reports = ComplianceRules.reports(
                        facts.load(ComplianceFacts.Target.subtree(""), first, last, first, last),
                        new ComplianceRules.Request(first, last, today, false));
                for (Map.Entry<Long, String> row : period.getValue().entrySet()) {
                    ComplianceReport report = reports.get(row.getKey());
                    if (report == null || !KeptFigures.encode(report.rows()).equals(row.getValue())) {
                        differences++;
                    }
                }
            }
            return new SummaryCheck(rows, differences);
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the kept compliance figures: " + e.getMessage(), e);
        }
    }

    /** Rule ACT21: every kept row and mark removed, under the lock; the next report of each period fills it again. */
    void clear() {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            lock(connection);
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("DELETE FROM compliance_kept");
                sql.executeUpdate("DELETE FROM compliance_mark");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear the kept compliance figures: " + e.getMessage(), e);
        }
    }
}
