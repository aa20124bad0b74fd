package org.partyregistry.activity.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.organization.entity.OrganizationType;

/**
 * Rules ACT8, ACT15, ACT16, ACT18 as pure functions over query rows, so that one organization's report and the
 * zone-wide table come from the same few statements and are unit-tested without a database.
 */
final class ComplianceRules {

    /** Rule ACT18: a committee is a term in office with at least this many seats... */
    static final int COMMITTEE_SEATS = 3;
    /** ...and at least this many full members on the month's first day. */
    static final int COMMITTEE_MEMBERS = 7;

    /** The rows the computation works from: organizations in tree order, activities held, committees. */
    record Facts(List<OrganizationLife> organizations, Map<Long, List<HeldCount>> held,
                 Map<Long, List<CommitteeSpan>> committees,
                 Map<OrganizationType, Map<ActivityType, Frequency>> frequencies) {
    }

    /** The requested period, today (China Standard Time), and whether to report the period in progress. */
    record Request(LocalDate from, LocalDate to, LocalDate today, boolean progress) {
    }

    /** Every activity type, in order (values() copies its array on every call). */
    private static final ActivityType[] TYPES = ActivityType.values();

    private ComplianceRules() {
    }

    /** One report per organization of {@code facts}, in their order; each one's groups (rule ACT15) come with it. */
    static Map<Long, ComplianceReport> reports(Facts facts, Request request) {
        Map<Long, List<OrganizationLife>> groups = new LinkedHashMap<>();
        for (OrganizationLife o : facts.organizations()) {
            if (o.type() == OrganizationType.GROUP && o.parentId() != null
                    && o.existedDuring(request.from(), request.to())) {
                groups.computeIfAbsent(o.parentId(), id -> new ArrayList<>()).add(o);
            }
        }
        Map<Long, ComplianceReport> reports = new LinkedHashMap<>();
        Periods periods = new Periods();
        for (OrganizationLife o : facts.organizations()) {
            reports.put(o.id(), report(o, facts, request, groups.getOrDefault(o.id(), List.of()), periods));
        }
        return reports;
    }

    /**
     * The whole periods of a frequency between two days, computed once per computation: most organizations of a
     * table share the request's days, and a city's table asks for them hundreds of thousands of times.
     */
    static final class Periods {

        private record Key(Frequency frequency, LocalDate from, LocalDate to) {
        }

        private final Map<Key, List<Frequency.Span>> known = new HashMap<>();

        List<Frequency.Span> of(Frequency frequency, LocalDate from, LocalDate to) {
            if (frequency == Frequency.NONE) {
                return List.of();
            }
            return known.computeIfAbsent(new Key(frequency, from, to), k -> List.copyOf(frequency.periods(from, to)));
        }
    }

    static ComplianceReport report(OrganizationLife o, Facts facts, Request request, List<OrganizationLife> groups,
                                   Periods periods) {
        Map<ActivityType, Frequency> frequencies = facts.frequencies().getOrDefault(o.type(), Map.of());
        List<HeldCount> held = facts.held().getOrDefault(o.id(), List.of());
        Predicate<LocalDate> committeeOn = committeeOn(facts.committees().getOrDefault(o.id(), List.of()));
        Frequency groupFrequency = facts.frequencies().getOrDefault(OrganizationType.GROUP, Map.of())
                .getOrDefault(ActivityType.GROUP_MEETING, Frequency.NONE);
        List<ComplianceReport.GroupRow> groupRows = new ArrayList<>(groups.size());
        for (OrganizationLife g : groups) {
            groupRows.add(ComplianceReport.GroupRow.of(g.id(), g.name(), row(ActivityType.GROUP_MEETING,
                    groupFrequency, g, facts.held().getOrDefault(g.id(), List.of()), day -> false, request,
                    periods)));
        }
        List<ComplianceReport.Row> rows = new ArrayList<>(TYPES.length);
        for (ActivityType type : TYPES) {
            ComplianceReport.Row row = row(type, frequencies.getOrDefault(type, Frequency.NONE), o, held,
                    committeeOn, request, periods);
            if (type == ActivityType.GROUP_MEETING && !groupRows.isEmpty()) {
                row = ComplianceReport.withGroups(row, groupRows);
            }
            rows.add(row);
        }
        return new ComplianceReport(o.id(), o.name(), request.from(), request.to(), List.copyOf(rows),
                groupRows.isEmpty() ? null : List.copyOf(groupRows));
    }

    /**
     * Rules ACT7, ACT8, ACT16, ACT18: the whole periods inside the request and the organization's life that ended
     * before today are required (for committee meetings only those in which it had a committee on every month's
     * first day); held and valid count the activities inside those periods (inside the request and the life when
     * nothing is required); the period holding today, when it overlaps the request, is in progress.
     */
    static ComplianceReport.Row row(ActivityType type, Frequency frequency, OrganizationLife o,
                                    List<HeldCount> held, Predicate<LocalDate> committeeOn, Request request,
                                    Periods known) {
        LocalDate start = later(request.from(), o.establishedOn());
        LocalDate lifeEnd = o.dissolvedOn() == null ? request.to() : earlier(request.to(), o.dissolvedOn());
        LocalDate end = earlier(lifeEnd, request.today().minusDays(1));
        List<Frequency.Span> periods = known.of(frequency, start, end);
        if (type == ActivityType.BRANCH_COMMITTEE_MEETING && !periods.isEmpty()) {
            List<Frequency.Span> withCommittee = new ArrayList<>(periods.size());
            for (Frequency.Span p : periods) {
                if (throughout(p, committeeOn)) {
                    withCommittee.add(p);
                }
            }
            periods = withCommittee;
        }
        long[] counts = new long[2];
        for (HeldCount h : held) {
            if (h.type() == type && (frequency == Frequency.NONE
                    ? !h.heldOn().isBefore(start) && !h.heldOn().isAfter(lifeEnd) : inAny(periods, h.heldOn()))) {
                add(counts, h);
            }
        }
        ComplianceReport.InProgress progress = request.progress()
                ? inProgress(type, frequency, o, held, committeeOn, request) : null;
        int required = periods.size();
        return new ComplianceReport.Row(type, frequency, required, counts[0], counts[1],
                Math.max(0, required - counts[1]), periods.isEmpty() ? null : periods.get(0).from(),
                periods.isEmpty() ? null : periods.get(periods.size() - 1).to(), progress);
    }

    /** Rule ACT16: the period holding today, when it overlaps the request and the organization's life. */
    static ComplianceReport.InProgress inProgress(ActivityType type, Frequency frequency, OrganizationLife o,
                                                  List<HeldCount> held, Predicate<LocalDate> committeeOn,
                                                  Request request) {
        Frequency.Span current = frequency.periodOf(request.today());
        if (current == null || !current.overlaps(request.from(), request.to())
                || o.establishedOn().isAfter(current.to())
                || o.dissolvedOn() != null && o.dissolvedOn().isBefore(current.from())) {
            return null;
        }
        if (type == ActivityType.BRANCH_COMMITTEE_MEETING && !committeeOn.test(request.today().withDayOfMonth(1))) {
            return null;
        }
        long[] counts = new long[2];
        held.stream().filter(h -> h.type() == type && current.contains(h.heldOn())).forEach(h -> add(counts, h));
        return new ComplianceReport.InProgress(current.from(), current.to(), counts[0], counts[1]);
    }

    /**
     * Rule ACT18: whether the organization had a committee on a day: a term in office with 3 or more seats (the
     * spans come only from such terms) and 7 or more full members that day.
     */
    static Predicate<LocalDate> committeeOn(List<CommitteeSpan> spans) {
        if (spans.isEmpty()) {
            return day -> false;
        }
        return day -> {
            long members = 0;
            for (CommitteeSpan s : spans) {
                if (s.counts(day)) {
                    members += s.members();
                }
            }
            return members >= COMMITTEE_MEMBERS;
        };
    }

    /** Whether the day lies in one of the periods. */
    private static boolean inAny(List<Frequency.Span> periods, LocalDate day) {
        for (Frequency.Span p : periods) {
            if (p.contains(day)) {
                return true;
            }
        }
        return false;
    }

    /** Rule ACT18: a committee on the first day of every month of the period. */
    private static boolean throughout(Frequency.Span period, Predicate<LocalDate> committeeOn) {
        for (LocalDate month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
            if (!committeeOn.test(month)) {
                return false;
            }
        }
        return true;
    }

    private static void add(long[] counts, HeldCount h) {
        counts[0] += h.count();
        if (Boolean.TRUE.equals(h.valid())) {
            counts[1] += h.count();
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
