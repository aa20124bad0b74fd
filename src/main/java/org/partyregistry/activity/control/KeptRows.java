package org.partyregistry.activity.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.Batches;
import org.partyregistry.platform.DateRange;

/**
 * Rule ACT21: the tables of the kept compliance figures, read and written over plain JDBC on the transaction's
 * connection ({@link ComplianceKept} decides what to read and to compute): the marks, each organization's kept rows
 * of a calendar period, the lock row, and writing back.
 */
public final class KeptRows {

    /** The marks under a path (parameter: the path prefix, {@code /1/7/%}). */
    public static final String MARKS = "SELECT m.id, m.organization_id, m.held_on FROM compliance_mark m "
            + "LEFT JOIN organization o ON o.id = m.organization_id WHERE m.organization_id IS NULL OR o.path LIKE ?";

    /**
     * The organizations under a path that existed during a period, with their kept rows of a calendar period
     * (parameters: the calendar period's first and last day, the path prefix, the requested period's last and first
     * day).
     */
    public static final String KEPT = "SELECT o.id, o.name, o.type, o.parent_id, o.path, o.established_on, "
            + "o.dissolved_on, k.through_on, k.figures, k.missing FROM organization o "
            + "LEFT JOIN compliance_kept k ON k.organization_id = o.id AND k.period_from = ? AND k.period_to = ? "
            + "WHERE o.path LIKE ? AND o.established_on <= ? AND (o.dissolved_on IS NULL OR o.dissolved_on > ?) "
            + "ORDER BY o.path";

    static final String INSERT = "INSERT INTO compliance_kept (organization_id, period_from, period_to, through_on, "
            + "figures, missing) VALUES (?, ?, ?, ?, ?, ?)";

    private KeptRows() {
    }

    /**
     * One organization of a report: its life and its own figures: as kept (their text and what they miss in all;
     * the rows are read from the text when needed), or as computed (the rows); neither when they are to be computed.
     */
    record Entry(OrganizationLife life, String figures, long missing, List<ComplianceReport.Row> rows) {

        static Entry computed(OrganizationLife life, List<ComplianceReport.Row> rows) {
            return new Entry(life, null, ComplianceReport.missing(rows), rows);
        }

        boolean known() {
            return figures != null || rows != null;
        }
    }

    /**
     * The marks a report read: their ids, the organizations marked with the days their marks count (null for a mark
     * on every period), and whether one marks all.
     */
    record Marks(List<Long> ids, Map<Long, List<LocalDate>> organizations, boolean everything) {

        static final Marks NONE = new Marks(List.of(), Map.of(), false);

        /**
         * Whether the marks put an organization's kept row of {@code period}, counted through {@code through}, out of
         * date: a mark on all, a mark on the organization for every period, or one whose day the row counts.
         */
        boolean touch(long organizationId, DateRange period, LocalDate through) {
            if (everything) {
                return true;
            }
            for (LocalDate day : organizations.getOrDefault(organizationId, List.of())) {
                if (day == null || (!day.isBefore(period.from()) && !day.isAfter(through))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a report found: its organizations and the marks it read. */
    record Snapshot(List<Entry> entries, Marks marks) {

        List<OrganizationLife> stale() {
            return entries.stream().filter(e -> !e.known()).map(Entry::life).toList();
        }
    }

    /** The marks on the organizations under a path, and a mark on all. */
    static Marks marks(Connection connection, String path) throws SQLException {
        List<Long> ids = new ArrayList<>();
        Map<Long, List<LocalDate>> organizations = new HashMap<>();
        boolean everything = false;
        try (PreparedStatement sql = connection.prepareStatement(MARKS)) {
            sql.setString(1, path + "%");
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    long organizationId = rows.getLong(2);
                    if (rows.wasNull()) {
                        everything = true;
                    } else {
                        organizations.computeIfAbsent(organizationId, id -> new ArrayList<>())
                                .add(day(rows.getString(3)));
                    }
                }
            }
        }
        return new Marks(ids, organizations, everything);
    }

    /** A kept row's figures: their text and what they miss in all. */
    record Kept(String figures, long missing) {
    }

    /**
     * The kept rows that are current on {@code today} (not marked, counted to the period's end or last closed month):
     * per period, the figures per organization; {@code count} receives how many rows there are in all.
     */
    static Map<DateRange, Map<Long, Kept>> current(Connection connection, LocalDate today, long[] count)
            throws SQLException {
        Marks marks = marks(connection, "/");
        Map<DateRange, Map<Long, Kept>> kept = new HashMap<>();
        try (Statement sql = connection.createStatement();
             ResultSet all = sql.executeQuery("SELECT organization_id, period_from, period_to, through_on, figures, "
                     + "missing FROM compliance_kept")) {
            while (all.next()) {
                count[0]++;
                DateRange period = DateRange.of(all.getDate(2).toLocalDate(), all.getDate(3).toLocalDate());
                LocalDate through = ComplianceKept.through(period, today);
                if (!marks.touch(all.getLong(1), period, through) && all.getDate(4).toLocalDate().equals(through)) {
                    kept.computeIfAbsent(period, p -> new HashMap<>()).put(all.getLong(1),
                            new Kept(all.getString(5), all.getLong(6)));
                }
            }
        }
        return kept;
    }

    /** Every kept row and mark removed, under the lock. */
    static void clear(Connection connection) throws SQLException {
        lock(connection);
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM compliance_kept");
            sql.executeUpdate("DELETE FROM compliance_mark");
        }
    }

    /** The marks under the path, then the organizations with their kept rows of the period (in this order). */
    static Snapshot snapshot(Connection connection, String path, LocalDate from, LocalDate to, DateRange period,
                              LocalDate through) throws SQLException {
        Marks marks = marks(connection, path);
        List<Entry> entries = new ArrayList<>();
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
                    // the days as text, not getObject(i, LocalDate.class) (the server's connection wrapper looks
                    // that method up by reflection on every call) nor getDate(i).toLocalDate() (a calendar's
                    // normalisation per call): 50,000 rows at city
                    OrganizationLife life = new OrganizationLife(id, rows.getString(2),
                            OrganizationType.valueOf(rows.getString(3)), parent, rows.getString(5),
                            day(rows.getString(6)), day(rows.getString(7)));
                    String figures = rows.getString(9);
                    boolean current = figures != null && !marks.touch(id, period, through)
                            && keptThrough.equals(rows.getString(8));
                    entries.add(current ? new Entry(life, figures, rows.getLong(10), null)
                            : new Entry(life, null, -1, null));
                }
            }
        }
        return new Snapshot(entries, marks);
    }

    /** A day as the database gives a {@code DATE} as text ({@code 2025-01-31}), or null. */
    static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the digits between two positions stand for, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The kept rows of every period that the marks (none on all) put out of date removed. */
    private static void removeMarked(Connection connection, Marks marks) throws SQLException {
        List<Long> everyPeriod = new ArrayList<>();
        try (PreparedStatement counting = connection.prepareStatement("DELETE FROM compliance_kept WHERE "
                + "organization_id = ? AND period_from <= ? AND through_on >= ?")) {
            int batched = 0;
            for (Map.Entry<Long, List<LocalDate>> marked : marks.organizations().entrySet()) {
                if (marked.getValue().contains(null)) {
                    everyPeriod.add(marked.getKey());
                    continue;
                }
                for (LocalDate day : new TreeSet<>(marked.getValue())) {
                    counting.setLong(1, marked.getKey());
                    counting.setDate(2, Date.valueOf(day));
                    counting.setDate(3, Date.valueOf(day));
                    counting.addBatch();
                    if (++batched % Batches.IDS_PER_STATEMENT == 0) {
                        counting.executeBatch();
                    }
                }
            }
            if (batched % Batches.IDS_PER_STATEMENT != 0) {
                counting.executeBatch();
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (String in : Batches.inLists(everyPeriod)) {
                sql.executeUpdate("DELETE FROM compliance_kept WHERE organization_id" + in);
            }
        }
    }

    /** Kept text that cannot be read (written by another version, say) is computed again. */
    static List<ComplianceReport.Row> decoded(String figures) {
        try {
            return KeptFigures.decode(figures);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Reports that write back take turns here, from reading the marks until their transaction ends. */
    static void lock(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT id FROM compliance_refresh WHERE id = 1 FOR UPDATE")) {
            row.next();
        }
    }

    /**
     * The fresh rows written for the period; the rows the marks seen put out of date removed, whatever their period
     * (all rows for a mark on all, every row of an organization marked for every period, and for a mark with a day
     * the organization's rows that count that day), and those marks.
     */
    static void write(Connection connection, Snapshot snapshot, Map<Long, List<ComplianceReport.Row>> fresh,
                      DateRange period, LocalDate through, boolean wholeSubtree) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            if (snapshot.marks().everything()) {
                sql.executeUpdate("DELETE FROM compliance_kept");
            } else {
                removeMarked(connection, snapshot.marks());
            }
        }
        for (String in : Batches.inLists(fresh.keySet())) {
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
                insert.setLong(6, ComplianceReport.missing(e.getValue()));
                insert.addBatch();
                if (++batched % Batches.IDS_PER_STATEMENT == 0) {
                    insert.executeBatch();
                }
            }
            if (batched % Batches.IDS_PER_STATEMENT != 0) {
                insert.executeBatch();
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (String in : Batches.inLists(snapshot.marks().ids())) {
                sql.executeUpdate("DELETE FROM compliance_mark WHERE id" + in);
            }
            if (wholeSubtree && connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                // the planner's figures for a whole subtree's new rows at once: without them it takes the period's
                // rows for one and joins every organization against all of them (at city, minutes instead of 0.1 s)
                sql.execute("ANALYZE compliance_kept");
            }
        }
    }

}
