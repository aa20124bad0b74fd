package org.partyregistry.activity.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.organization.entity.OrganizationType;

/**
 * The organizations of a report in tree order and, at the same positions, what each one's own figures miss in all
 * and its rows, read from the kept text only when asked for (a city's "behind" shows 100 of 50,000; organizations
 * with the same figures share one list of rows); each report made on demand (rule ACT15: a branch's groups listed
 * with the group meetings of their own rows, as {@link ComplianceRules#reports} gives them); the required
 * frequencies. For one request's thread.
 */
final class OrganizationReports {

    private final List<OrganizationLife> organizations;
    private final List<List<ComplianceReport.Row>> rows;
    private final List<String> texts;
    private final long[] missing;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<Long, ComplianceReport> whole;
    private final Map<OrganizationType, Map<ActivityType, Frequency>> frequencies;
    private final Map<String, List<ComplianceReport.Row>> decoded = new HashMap<>();
    private final Map<List<ComplianceReport.Row>, LocalDate[]> bounds = new java.util.IdentityHashMap<>();
    private Map<Long, List<Integer>> groups;
    private long[] sortedIds;

    private OrganizationReports(List<OrganizationLife> organizations, List<List<ComplianceReport.Row>> rows,
                     List<String> texts, long[] missing, LocalDate from, LocalDate to,
                     Map<Long, ComplianceReport> whole,
                     Map<OrganizationType, Map<ActivityType, Frequency>> frequencies) {
        this.organizations = organizations;
        this.rows = rows;
        this.texts = texts;
        this.missing = missing;
        this.from = from;
        this.to = to;
        this.whole = whole;
        this.frequencies = frequencies;
    }

    /** From reports the rules gave whole. */
    static OrganizationReports of(List<OrganizationLife> organizations, Map<Long, ComplianceReport> reports,
                       Map<OrganizationType, Map<ActivityType, Frequency>> frequencies) {
        List<List<ComplianceReport.Row>> rows = new ArrayList<>(organizations.size());
        long[] missing = new long[organizations.size()];
        for (OrganizationLife o : organizations) {
            missing[rows.size()] = reports.get(o.id()).totalMissing();
            rows.add(reports.get(o.id()).rows());
        }
        return new OrganizationReports(organizations, rows, null, missing, null, null, reports, frequencies);
    }

    /** From a report's kept (or just computed) figures over {@code from..to}. */
    static OrganizationReports of(List<KeptRows.Entry> entries, LocalDate from, LocalDate to,
                       Map<OrganizationType, Map<ActivityType, Frequency>> frequencies) {
        List<OrganizationLife> organizations = new ArrayList<>(entries.size());
        List<List<ComplianceReport.Row>> rows = new ArrayList<>(entries.size());
        List<String> texts = new ArrayList<>(entries.size());
        long[] missing = new long[entries.size()];
        for (KeptRows.Entry e : entries) {
            missing[organizations.size()] = e.missing();
            organizations.add(e.life());
            rows.add(e.rows());
            texts.add(e.figures());
        }
        return new OrganizationReports(organizations, rows, texts, missing, from, to, null, frequencies);
    }

    List<OrganizationLife> organizations() {
        return organizations;
    }

    Map<OrganizationType, Map<ActivityType, Frequency>> frequencies() {
        return frequencies;
    }

    /** What the own figures of the organization at {@code index} miss in all. */
    long missing(int index) {
        return missing[index];
    }

    /** The own rows of the organization at {@code index} in {@link #organizations()}. */
    List<ComplianceReport.Row> rows(int index) {
        List<ComplianceReport.Row> mine = rows.get(index);
        if (mine == null) {
            String text = texts.get(index);
            mine = decoded.computeIfAbsent(text, KeptRows::decoded);
            if (mine == null) {
                throw new IllegalStateException("the kept compliance figures of organization "
                        + organizations.get(index).id() + " cannot be read: " + text);
            }
            rows.set(index, mine);
        }
        return mine;
    }

    ComplianceReport report(int index) {
        OrganizationLife o = organizations.get(index);
        if (whole != null) {
            return whole.get(o.id());
        }
        List<ComplianceReport.Row> mine = rows(index);
        List<ComplianceReport.GroupRow> own = null;
        for (int g : groups().getOrDefault(o.id(), List.of())) {
            OrganizationLife group = organizations.get(g);
            own = own == null ? new ArrayList<>() : own;
            own.add(ComplianceReport.GroupRow.of(group.id(), group.name(),
                    rows(g).get(ActivityType.GROUP_MEETING.ordinal())));
        }
        LocalDate[] counted = bounds.computeIfAbsent(mine, r -> new LocalDate[] {ComplianceReport.first(r),
                ComplianceReport.last(r)});
        return new ComplianceReport(o.id(), o.name(), from, to, mine, own == null ? null : List.copyOf(own),
                counted[0], counted[1]);
    }

    /** The positions of each branch's groups that existed during the period. */
    private Map<Long, List<Integer>> groups() {
        if (groups == null) {
            groups = new HashMap<>();
            for (int i = 0; i < organizations.size(); i++) {
                OrganizationLife o = organizations.get(i);
                if (o.type() == OrganizationType.GROUP && o.parentId() != null && o.existedDuring(from, to)) {
                    groups.computeIfAbsent(o.parentId(), id -> new ArrayList<>()).add(i);
                }
            }
        }
        return groups;
    }

    /** Whether the organization is one of the report's (a group's branch, say). */
    boolean contains(Long id) {
        if (id == null) {
            return false;
        }
        if (sortedIds == null) {
            sortedIds = organizations.stream().mapToLong(OrganizationLife::id).sorted().toArray();
        }
        return java.util.Arrays.binarySearch(sortedIds, id) >= 0;
    }

    /** Every organization's report, in tree order (the whole lists). */
    Map<Long, ComplianceReport> reports() {
        Map<Long, ComplianceReport> reports = new LinkedHashMap<>();
        for (int i = 0; i < organizations.size(); i++) {
            reports.put(organizations.get(i).id(), report(i));
        }
        return reports;
    }
}
