package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.organization.entity.OrganizationPath;
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
 * next one, so a kept row without a mark always holds what the facts give. {@link KeptRefresh} does the same for the
 * periods the pages open with every five minutes, once per cluster, so that readers seldom wait for it.
 */
@ApplicationScoped
public class ComplianceKept {

    /**
     * Up to this many organizations to recompute, each is computed on its own (five statements); above, {@link #plan}
     * chooses between that, a pass over each park they are in and one pass over the whole path (a few statements
     * whatever its size).
     */
    static final int ONE_BY_ONE = 40;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    ComplianceFacts facts;

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

    /**
     * Rules ACT19, ACT21: the organizations under {@code path} that existed during {@code from..to} (a request that
     * {@link #keptPeriod} gives {@code period} for) in tree order, with their reports over it.
     */
    OrganizationReports reports(String path, LocalDate from, LocalDate to, DateRange period, LocalDate today) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            KeptRows.Snapshot snapshot = brought(connection, path, from, to, period, today).snapshot();
            return OrganizationReports.of(snapshot.entries(), from, to, facts.frequencies());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the kept compliance figures: " + e.getMessage(), e);
        }
    }

    /**
     * Rule ACT21: the calendar periods whose kept rows answer what the reports open with, which {@link KeptRefresh}
     * keeps up to date for the whole register: this year so far (the home page's card and the table; January's, then
     * the first quarter's rows until March ends), last year, and the last whole quarter ("behind").
     */
    static List<DateRange> opened(LocalDate today) {
        LocalDate year = today.withDayOfYear(1);
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return List.of(keptPeriod(year, today, today), keptPeriod(year.minusYears(1), year.minusDays(1), today),
                keptPeriod(quarter.minusMonths(3), quarter.minusDays(1), today));
    }

    /**
     * Rule ACT21: the whole register's kept rows of a calendar period brought up to date, in a transaction of its
     * own; how many organizations were computed (0 when every row was current).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int refresh(DateRange period, LocalDate today) {
        LocalDate to = period.to().isBefore(today) ? period.to() : today;
        Connection connection = em.unwrap(Connection.class);
        try {
            return brought(connection, "", period.from(), to, period, today).computed();
        } catch (SQLException e) {
            throw new IllegalStateException("could not refresh the kept compliance figures: " + e.getMessage(), e);
        }
    }

    /** The organizations of a report with their kept rows, and how many of them were computed for it. */
    private record Brought(KeptRows.Snapshot snapshot, int computed) {
    }

    /**
     * The organizations under {@code path} with their kept rows of the period, those marked or missing computed and
     * written back under the lock first.
     */
    private Brought brought(Connection connection, String path, LocalDate from, LocalDate to,
                                      DateRange period, LocalDate today) throws SQLException {
        LocalDate through = through(period, today);
        KeptRows.Snapshot snapshot = KeptRows.snapshot(connection, path, from, to, period, through);
        if (!snapshot.marks().everything() && snapshot.stale().isEmpty()) {
            return new Brought(snapshot, 0);
        }
        KeptRows.lock(connection);
        snapshot = KeptRows.snapshot(connection, path, from, to, period, through);
        List<OrganizationLife> stale = snapshot.stale();
        Map<Long, List<ComplianceReport.Row>> fresh = compute(snapshot.entries(), stale, path, period, today);
        KeptRows.write(connection, snapshot, fresh, period, through, stale.size() > ONE_BY_ONE);
        List<KeptRows.Entry> entries = new ArrayList<>(snapshot.entries().size());
        for (KeptRows.Entry e : snapshot.entries()) {
            entries.add(e.known() ? e : KeptRows.Entry.computed(e.life(), fresh.get(e.life().id())));
        }
        return new Brought(new KeptRows.Snapshot(entries, KeptRows.Marks.NONE), stale.size());
    }

    /**
     * Rules ACT8, ACT15, ACT16, ACT18: the organizations' own rows over the whole period, from the facts: one by one,
     * by the subtrees they are in, or in one pass over the report's path, whichever {@link #plan} finds cheaper.
     */
    private Map<Long, List<ComplianceReport.Row>> compute(List<KeptRows.Entry> entries, List<OrganizationLife> stale,
                                                          String path, DateRange period, LocalDate today) {
        ComplianceRules.Request request = new ComplianceRules.Request(period.from(), period.to(), today, false);
        Map<Long, List<ComplianceReport.Row>> fresh = new HashMap<>();
        Plan plan = plan(entries.stream().map(KeptRows.Entry::life).toList(), stale, path);
        for (OrganizationLife o : plan.oneByOne()) {
            ComplianceRules.Facts loaded = facts.load(ComplianceFacts.Target.one(o.id(), o.path()), period.from(),
                    period.to(), period.from(), period.to());
            fresh.put(o.id(), ComplianceRules.reports(loaded, request).get(o.id()).rows());
        }
        for (Map.Entry<String, List<OrganizationLife>> subtree : plan.subtrees().entrySet()) {
            Map<Long, ComplianceReport> reports = ComplianceRules.reports(
                    facts.loadTallied(subtree.getKey(), period, today), request);
            subtree.getValue().forEach(o -> fresh.put(o.id(), reports.get(o.id()).rows()));
        }
        return fresh;
    }

    /**
     * What computing costs, in organizations read by a pass over a subtree: one organization on its own (five
     * statements) costs {@code ONE_COSTS}, a pass its subtree's organizations plus {@code PASS_FIXED}. Measured at
     * city: about 19 ms for one, 75 ms for a park's 1,250 organizations, 2.4 s for the city's 50,000
     * (docs/performance.md).
     */
    static final int ONE_COSTS = 400;
    static final int PASS_FIXED = 300;

    /** How to compute: these organizations one by one, and a pass over each of these subtrees for those in it. */
    record Plan(List<OrganizationLife> oneByOne, Map<String, List<OrganizationLife>> subtrees) {
    }

    /**
     * Rule ACT21: how to compute the {@code stale} ones of a report's {@code organizations} under {@code path}: up to
     * {@link #ONE_BY_ONE} one by one; more by the subtree of the second level they are in (a park's), each one by one
     * or in a pass over the subtree, whichever reads less; or, when those cost more than one pass over the whole path
     * (the marks spread over most parks), in that pass.
     */
    static Plan plan(List<OrganizationLife> organizations, List<OrganizationLife> stale, String path) {
        if (stale.size() <= ONE_BY_ONE) {
            return new Plan(stale, Map.of());
        }
        Map<String, Integer> sizes = new HashMap<>();
        organizations.forEach(o -> sizes.merge(subtree(o.path(), path), 1, Integer::sum));
        Map<String, List<OrganizationLife>> bySubtree = new LinkedHashMap<>();
        stale.forEach(o -> bySubtree.computeIfAbsent(subtree(o.path(), path), k -> new ArrayList<>()).add(o));
        List<OrganizationLife> oneByOne = new ArrayList<>();
        Map<String, List<OrganizationLife>> passes = new LinkedHashMap<>();
        long cost = 0;
        for (Map.Entry<String, List<OrganizationLife>> e : bySubtree.entrySet()) {
            long alone = (long) e.getValue().size() * ONE_COSTS;
            long pass = e.getKey() == null || e.getKey().equals(path) ? Long.MAX_VALUE
                    : (long) sizes.get(e.getKey()) + PASS_FIXED;
            if (alone <= pass) {
                oneByOne.addAll(e.getValue());
            } else {
                passes.put(e.getKey(), e.getValue());
            }
            cost += Math.min(alone, pass);
        }
        if (cost >= (long) organizations.size() + PASS_FIXED) {
            return new Plan(List.of(), Map.of(path, stale));
        }
        return new Plan(oneByOne, passes);
    }

    /**
     * The subtree of the second level of the tree an organization is in ({@code /1/7/} for {@code /1/7/70/}), or
     * {@code path} when that is deeper; null above the second level (the working committee).
     */
    static String subtree(String organizationPath, String path) {
        String second = OrganizationPath.at(organizationPath, 2);
        return second == null || second.length() >= path.length() ? second : path;
    }

    /**
     * Rule ACT15: each organization's report from its own rows, a branch's groups listed with the group meetings of
     * their own rows (the branch's own row already sums them), as {@link ComplianceRules#reports} gives them.
     */
    static Map<Long, ComplianceReport> assemble(List<OrganizationLife> organizations,
                                                Map<Long, List<ComplianceReport.Row>> rows, LocalDate from,
                                                LocalDate to) {
        return OrganizationReports.of(organizations.stream().map(o -> KeptRows.Entry.computed(o, rows.get(o.id()))).toList(),
                from, to, Map.of()).reports();
    }

    /**
     * Rule ACT21: the kept rows against the rules computed from the activities (not the tally) for each period they
     * hold: rows marked or counted to another month's end are out of date by design and not compared.
     */
    SummaryCheck check(LocalDate today) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            long[] rows = new long[1];
            Map<DateRange, Map<Long, KeptRows.Kept>> kept = KeptRows.current(connection, today, rows);
            long differences = 0;
            for (Map.Entry<DateRange, Map<Long, KeptRows.Kept>> period : kept.entrySet()) {
                LocalDate first = period.getKey().from();
                LocalDate last = period.getKey().to();
                Map<Long, ComplianceReport> reports = ComplianceRules.reports(
                        facts.load(ComplianceFacts.Target.subtree(""), first, last, first, last),
                        new ComplianceRules.Request(first, last, today, false));
                for (Map.Entry<Long, KeptRows.Kept> row : period.getValue().entrySet()) {
                    ComplianceReport report = reports.get(row.getKey());
                    if (report == null || !KeptFigures.encode(report.rows()).equals(row.getValue().figures())
                            || report.totalMissing() != row.getValue().missing()) {
                        differences++;
                    }
                }
            }
            return new SummaryCheck(rows[0], differences);
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the kept compliance figures: " + e.getMessage(), e);
        }
    }

    /** Rule ACT21: every kept row and mark removed, under the lock; the next report of each period fills it again. */
    void clear() {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            KeptRows.clear(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear the kept compliance figures: " + e.getMessage(), e);
        }
    }
}
