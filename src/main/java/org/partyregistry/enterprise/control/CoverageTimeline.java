package org.partyregistry.enterprise.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.partyregistry.enterprise.entity.Coverage;

/**
 * Rule E11: one enterprise's coverage (rule E3) and ELIGIBLE base (rule E6) over time, as the periods over which
 * neither changes while it operates. A pure computation over the enterprise's facts, so that a write refreshes the
 * enterprises it touches with a few plain reads, and a rebuild streams every enterprise's facts once.
 */
public final class CoverageTimeline {

    /** Rule E6: the full members that put an enterprise in the ELIGIBLE base. */
    public static final int ELIGIBLE_MEMBERS = 3;

    /** Rule E6: admitted in these years, members had no probation; their admission makes them full. */
    static final LocalDate NO_PROBATION_FROM = LocalDate.of(1969, 4, 1);
    static final LocalDate NO_PROBATION_TO = LocalDate.of(1977, 8, 11);

    private CoverageTimeline() {
    }

    /** A dated link (rule E8) with its organization's type and dates. */
    public record Link(LocalDate from, LocalDate to, boolean joint, LocalDate established, LocalDate dissolved) {

        boolean holdsOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day)) && !established.isAfter(day)
                    && (dissolved == null || dissolved.isAfter(day));
        }
    }

    /** An instructor or liaison period, both ends inclusive (rule E3). */
    public record Instructor(LocalDate from, LocalDate to) {

        boolean holdsOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    /** Days on which one member counts as a full member of the enterprise: start inclusive, end exclusive or null. */
    public record FullSpan(LocalDate start, LocalDate end) {

        /**
         * Rule E6 for one work unit (from inclusive, to exclusive) of a member: full from the full membership, or
         * from an admission between 1969-04-01 and 1977-08-11; no longer once removed or deceased ({@code goneOn}),
         * nor once gone from the zone. Null when the member never counts there.
         */
        public static FullSpan of(LocalDate workFrom, LocalDate workTo, LocalDate probationaryOn, LocalDate fullOn,
                                  LocalDate goneOn, LocalDate leftZoneOn) {
            LocalDate fullFrom = fullOn;
            if (probationaryOn != null && !probationaryOn.isBefore(NO_PROBATION_FROM)
                    && !probationaryOn.isAfter(NO_PROBATION_TO)
                    && (fullOn == null || probationaryOn.isBefore(fullOn))) {
                fullFrom = probationaryOn;
            }
            if (fullFrom == null) {
                return null;
            }
            LocalDate start = workFrom.isAfter(fullFrom) ? workFrom : fullFrom;
            LocalDate end = earliest(earliest(workTo, goneOn), leftZoneOn);
            return end == null || start.isBefore(end) ? new FullSpan(start, end) : null;
        }
    }

    /** What the computation reads of one enterprise. */
    public record Facts(long enterpriseId, long parkId, LocalDate foundedOn, LocalDate closedOn, List<Link> links,
                        List<Instructor> instructors, List<FullSpan> fullMembers) {
    }

    /**
     * A row of {@code coverage_period}. {@code fullMembers} is the number of full members throughout the period
     * where the enterprise should form an organization of its own (in the ELIGIBLE base, not covered by an own
     * organization: the report lists those with their count), and null elsewhere.
     */
    public record Period(long enterpriseId, long parkId, LocalDate from, LocalDate to, Coverage coverage,
                         boolean eligible, Integer fullMembers) {

        Period endingOn(LocalDate end) {
            return new Period(enterpriseId, parkId, from, end, coverage, eligible, fullMembers);
        }
    }

    /**
     * The enterprise's periods in date order: evaluated on every day something may change (founding, closing, the
     * links' and organizations' dates, the day an instructor period starts and the day after it ends, the days full
     * members start and stop counting), merged while neither the state nor the base changes (nor, where the
     * enterprise should form its own organization, the number of full members), and only while the enterprise
     * operates (founded on or before, not closed on or before).
     */
    public static List<Period> periods(Facts facts) {
        TreeMap<LocalDate, Integer> changes = new TreeMap<>();
        changes.put(facts.foundedOn(), 0);
        mark(changes, facts.closedOn());
        for (Link link : facts.links()) {
            mark(changes, link.from());
            mark(changes, link.to());
            mark(changes, link.established());
            mark(changes, link.dissolved());
        }
        for (Instructor instructor : facts.instructors()) {
            mark(changes, instructor.from());
            mark(changes, instructor.to() == null ? null : instructor.to().plusDays(1));
        }
        for (FullSpan span : facts.fullMembers()) {
            changes.merge(span.start(), 1, Integer::sum);
            if (span.end() != null) {
                changes.merge(span.end(), -1, Integer::sum);
            }
        }
        List<Period> periods = new ArrayList<>();
        int fullMembers = 0;
        Period open = null;
        for (Map.Entry<LocalDate, Integer> change : changes.entrySet()) {
            LocalDate day = change.getKey();
            fullMembers += change.getValue();
            if (day.isBefore(facts.foundedOn())) {
                continue;
            }
            if (facts.closedOn() != null && !day.isBefore(facts.closedOn())) {
                break;
            }
            Coverage coverage = coverageOn(facts, day);
            boolean eligible = fullMembers >= ELIGIBLE_MEMBERS;
            Integer shouldFormOwn = eligible && coverage != Coverage.OWN_ORGANIZATION ? fullMembers : null;
            if (open != null && open.coverage() == coverage && open.eligible() == eligible
                    && Objects.equals(open.fullMembers(), shouldFormOwn)) {
                continue;
            }
            if (open != null) {
                periods.add(open.endingOn(day));
            }
            open = new Period(facts.enterpriseId(), facts.parkId(), day, null, coverage, eligible, shouldFormOwn);
        }
        if (open != null) {
            periods.add(open.endingOn(facts.closedOn()));
        }
        return periods;
    }

    /** Rule E3 on a day the enterprise operates. */
    static Coverage coverageOn(Facts facts, LocalDate day) {
        boolean own = false;
        boolean joint = false;
        for (Link link : facts.links()) {
            if (link.holdsOn(day)) {
                own |= !link.joint();
                joint |= link.joint();
            }
        }
        boolean instructed = facts.instructors().stream().anyMatch(i -> i.holdsOn(day));
        return Coverage.derive(own, joint, instructed);
    }

    private static void mark(TreeMap<LocalDate, Integer> changes, LocalDate day) {
        if (day != null) {
            changes.putIfAbsent(day, 0);
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }
}
