package org.partyregistry.enterprise.control;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.partyregistry.enterprise.entity.Coverage;
import org.partyregistry.platform.Batches;
import org.partyregistry.platform.SummaryCheck;

/**
 * Rule E11: the table {@code coverage_period} holds each enterprise's coverage (rule E3) and ELIGIBLE base (rule E6)
 * as dated periods ({@link CoverageTimeline}), so that the coverage report and the lists behind its numbers count
 * narrow rows instead of evaluating every enterprise's facts on every call. Kept current inside the transaction of
 * every write that changes a fact it reads ({@link #refresh}: the enterprise, instructor, organization and member
 * services), built at start-up when empty (the migration that created it, or a node stopped before building it), and
 * checked against, or rebuilt from, the facts by the administrator. Plain JDBC on the transaction's connection: the
 * whole register streams through it in one pass.
 */
@ApplicationScoped
public class CoveragePeriods {

    static final String ENTERPRISES = "SELECT e.id, e.park_id, e.founded_on, e.closed_on FROM enterprise e%s"
            + " ORDER BY e.id";
    static final String LINKS = "SELECT l.enterprise_id, l.from_on, l.to_on, o.type, o.established_on, "
            + "o.dissolved_on FROM enterprise_link l JOIN organization o ON o.id = l.organization_id%s "
            + "ORDER BY l.enterprise_id";
    static final String INSTRUCTORS = "SELECT i.enterprise_id, i.from_on, i.to_on FROM instructor_assignment i%s "
            + "ORDER BY i.enterprise_id";
    static final String WORK_UNITS = "SELECT w.enterprise_id, w.from_on, w.to_on, m.probationary_on, m.full_on, "
            + "CASE WHEN m.status IN ('REMOVED', 'DECEASED') THEN COALESCE(m.status_since, DATE '0001-01-01') END, "
            + "m.left_zone_on FROM member_work_unit w JOIN member m ON m.id = w.member_id%s ORDER BY w.enterprise_id";
    static final String STORED = "SELECT enterprise_id, park_id, from_on, to_on, coverage, eligible, full_members "
            + "FROM coverage_period";
    static final String INSERT = "INSERT INTO coverage_period (enterprise_id, park_id, from_on, to_on, coverage, "
            + "eligible, full_members) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** A period holds on date ?n: the condition on {@code coverage_period}'s alias. */
    public static String holdsOn(String alias, int parameter) {
        return alias + ".from_on <= ?" + parameter + " AND (" + alias + ".to_on IS NULL OR " + alias + ".to_on > ?"
                + parameter + ")";
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** Rule E11: the periods of these enterprises again from their facts, in the caller's transaction. */
    public void refresh(Collection<Long> enterpriseIds) {
        if (!enterpriseIds.isEmpty()) {
            inTransaction("refresh", connection -> {
                refresh(connection, enterpriseIds);
                return null;
            });
        }
    }

    /** Rule E11: {@link #refresh(Collection)} of one enterprise. */
    public void refresh(long enterpriseId) {
        refresh(List.of(enterpriseId));
    }

    /** Rule E11: every period again from the facts, in the caller's transaction; the rows written. */
    public long rebuild() {
        return inTransaction("rebuild", CoveragePeriods::rebuild);
    }

    /** Rule E11: the stored periods against the facts. */
    public SummaryCheck check() {
        return inTransaction("check", CoveragePeriods::check);
    }

    /** Work on the caller's transaction's connection, after the entities' changes are flushed. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(String what, Work<T> work) {
        em.flush();
        try {
            return work.on(em.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("could not " + what + " the coverage periods: " + e.getMessage(), e);
        }
    }

    /** {@link #refresh(Collection)} on a connection (its transaction is the caller's). */
    public static void refresh(Connection connection, Collection<Long> enterpriseIds) throws SQLException {
        // in id order: two refreshes lock their enterprises in the same order
        for (String in : Batches.inLists(new TreeSet<>(enterpriseIds))) {
            try (Statement sql = connection.createStatement()) {
                // two writes touching one enterprise at once take turns here instead of both inserting its periods
                try (ResultSet locked = sql.executeQuery("SELECT id FROM enterprise WHERE id" + in
                        + " ORDER BY id FOR UPDATE")) {
                    while (locked.next()) {
                        locked.getLong(1);
                    }
                }
                sql.executeUpdate("DELETE FROM coverage_period WHERE enterprise_id" + in);
            }
            write(connection, in);
        }
    }

    /** {@link #rebuild()} on a connection (its transaction is the caller's): the start-up and the benchmark's. */
    public static long rebuild(Connection connection) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM coverage_period");
        }
        long rows = write(connection, null);
        if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
            // the planner's figures for the new rows at once (at city a stale count made a park's list scan the
            // whole table: 0.7 s instead of 0.2 s), not when autovacuum next comes by
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE coverage_period");
            }
        }
        return rows;
    }

    /**
     * Whether the table needs building: empty while some enterprise has a day of operation (the migration created
     * it empty; a node may have stopped before building it).
     */
    public static boolean needsBuilding(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM coverage_period "
                    + "FETCH FIRST 1 ROWS ONLY) x")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return false;
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM enterprise "
                    + "WHERE closed_on IS NULL OR closed_on > founded_on FETCH FIRST 1 ROWS ONLY) x")) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    /** {@link #check()} on a connection: rows stored and rows that differ either way from the facts. */
    public static SummaryCheck check(Connection connection) throws SQLException {
        Set<CoverageTimeline.Period> expected = new HashSet<>();
        read(connection, null, facts -> expected.addAll(CoverageTimeline.periods(facts)));
        long rows = 0;
        long differences = 0;
        try (Statement sql = connection.createStatement(); ResultSet stored = sql.executeQuery(STORED)) {
            while (stored.next()) {
                rows++;
                CoverageTimeline.Period period = new CoverageTimeline.Period(stored.getLong(1), stored.getLong(2),
                        day(stored, 3), day(stored, 4), Coverage.valueOf(stored.getString(5).trim()),
                        stored.getBoolean(6), stored.getObject(7, Integer.class));
                if (!expected.remove(period)) {
                    differences++;
                }
            }
        }
        return new SummaryCheck(rows, differences + expected.size());
    }

    /** Computes and inserts the periods of the enterprises {@code in} names (null: all); the rows written. */
    private static long write(Connection connection, String in) throws SQLException {
        long[] written = {0};
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            read(connection, in, facts -> {
                for (CoverageTimeline.Period p : CoverageTimeline.periods(facts)) {
                    insert.setLong(1, p.enterpriseId());
                    insert.setLong(2, p.parkId());
                    insert.setDate(3, Date.valueOf(p.from()));
                    insert.setDate(4, p.to() == null ? null : Date.valueOf(p.to()));
                    insert.setString(5, p.coverage().name());
                    insert.setBoolean(6, p.eligible());
                    if (p.fullMembers() == null) {
                        insert.setNull(7, java.sql.Types.INTEGER);
                    } else {
                        insert.setInt(7, p.fullMembers());
                    }
                    insert.addBatch();
                    if (++written[0] % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            });
            insert.executeBatch();
        }
        return written[0];
    }

    /** Something done with each enterprise's facts. */
    @FunctionalInterface
    interface FactsSink {
        void accept(CoverageTimeline.Facts facts) throws SQLException;
    }

    /**
     * Streams the facts of the enterprises {@code in} names (null: all), one enterprise at a time: four reads in
     * enterprise order, merged.
     */
    static void read(Connection connection, String in, FactsSink sink) throws SQLException {
        String where = in == null ? "" : " WHERE %s" + in;
        try (Cursor enterprises = new Cursor(connection, ENTERPRISES.formatted(where.formatted("e.id")));
             Cursor links = new Cursor(connection, LINKS.formatted(where.formatted("l.enterprise_id")));
             Cursor instructors = new Cursor(connection, INSTRUCTORS.formatted(where.formatted("i.enterprise_id")));
             Cursor workUnits = new Cursor(connection, WORK_UNITS.formatted(where.formatted("w.enterprise_id")))) {
            while (enterprises.next()) {
                long id = enterprises.id();
                ResultSet e = enterprises.rows;
                List<CoverageTimeline.Link> linked = new ArrayList<>();
                while (links.at(id)) {
                    ResultSet l = links.rows;
                    linked.add(new CoverageTimeline.Link(day(l, 2), day(l, 3), "JOINT_BRANCH".equals(
                            l.getString(4).trim()), day(l, 5), day(l, 6)));
                }
                List<CoverageTimeline.Instructor> instructed = new ArrayList<>();
                while (instructors.at(id)) {
                    instructed.add(new CoverageTimeline.Instructor(day(instructors.rows, 2), day(instructors.rows, 3)));
                }
                List<CoverageTimeline.FullSpan> full = new ArrayList<>();
                while (workUnits.at(id)) {
                    ResultSet w = workUnits.rows;
                    CoverageTimeline.FullSpan span = CoverageTimeline.FullSpan.of(day(w, 2), day(w, 3), day(w, 4),
                            day(w, 5), day(w, 6), day(w, 7));
                    if (span != null) {
                        full.add(span);
                    }
                }
                sink.accept(new CoverageTimeline.Facts(id, e.getLong(2), day(e, 3), day(e, 4), linked, instructed,
                        full));
            }
        }
    }

    private static LocalDate day(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** A read in enterprise order (first column), consumed row by row as the enterprises come. */
    private static final class Cursor implements AutoCloseable {

        private final Statement statement;
        final ResultSet rows;
        /** A row is positioned and not yet consumed. */
        private boolean current;
        private boolean done;

        Cursor(Connection connection, String query) throws SQLException {
            statement = connection.createStatement();
            statement.setFetchSize(1000);
            rows = statement.executeQuery(query);
        }

        /** The next row (for the driving read). */
        boolean next() throws SQLException {
            return rows.next();
        }

        long id() throws SQLException {
            return rows.getLong(1);
        }

        /**
         * Whether the read has a further row of enterprise {@code id}: then it is the current row, to read before
         * the next call. Rows of enterprises before {@code id} are skipped.
         */
        boolean at(long id) throws SQLException {
            while (true) {
                if (!current) {
                    if (done || !rows.next()) {
                        done = true;
                        return false;
                    }
                    current = true;
                }
                long row = rows.getLong(1);
                if (row > id) {
                    return false;
                }
                current = false;
                if (row == id) {
                    return true;
                }
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
