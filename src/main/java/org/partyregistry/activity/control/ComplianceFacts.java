package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partyregistry.activity.entity.TallyRow;
import org.partyregistry.platform.DateRange;
import org.partyregistry.activity.entity.ActivityRequirement;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.organization.entity.OrganizationType;

/**
 * The few statements behind every compliance figure (rules ACT8, ACT15, ACT16, ACT18), whatever the number of
 * organizations: the organizations, the activities held per organization, type, validity and day, the terms with
 * committee seats, and the full members per organization. Either a whole subtree (the table) or one organization
 * with its groups.
 */
@ApplicationScoped
public class ComplianceFacts {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** Which organizations: those under {@code prefix}, or only {@code only} and the party groups directly below. */
    public record Target(String prefix, Long only) {

        static Target subtree(String path) {
            return new Target(path + "%", null);
        }

        static Target one(long id, String path) {
            return new Target(path + "%", id);
        }

        String restriction() {
            return only == null ? "" : " AND (o.id = :only OR (p.id = :only AND o.type = :groupType))";
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("prefix", prefix);
            if (only != null) {
                query.setParameter("only", only).setParameter("groupType", OrganizationType.GROUP);
            }
            return query;
        }
    }

    /**
     * Everything one computation needs over {@code from..to}; activities also over {@code heldFrom..heldTo} (wider,
     * for the period in progress), read from the activities.
     */
    public ComplianceRules.Facts load(Target target, LocalDate from, LocalDate to, LocalDate heldFrom,
                                      LocalDate heldTo) {
        List<OrganizationLife> organizations = organizations(target, from, to);
        Map<Long, List<HeldCount>> held = new HashMap<>();
        heldDays(target, DateRange.of(heldFrom, heldTo), held);
        Map<Long, List<CommitteeSpan>> committees = committees(target, from, to,
                DateRange.of(heldFrom.isBefore(from) ? heldFrom : from, heldTo.isAfter(to) ? heldTo : to));
        return new ComplianceRules.Facts(organizations, held, committees, frequencies());
    }

    /**
     * Rule ACT20: everything a computation without the period in progress needs over a period for a subtree, the
     * activities read from the tally as {@link TallyPlan} says (the same figures as {@link #load}).
     */
    public ComplianceRules.Facts loadTallied(String path, DateRange period, LocalDate today) {
        Target target = Target.subtree(path);
        List<OrganizationLife> organizations = organizations(target, period.from(), period.to());
        Map<Long, List<CommitteeSpan>> committees = committees(target, period.from(), period.to(), period);
        Map<Long, OrganizationLife> byId = new HashMap<>();
        organizations.forEach(o -> byId.put(o.id(), o));
        Map<Long, List<HeldCount>> held = new HashMap<>();
        TallyPlan plan = TallyPlan.of(period, today);
        plan.days().forEach(days -> heldDays(target, days, held));
        for (TallyPlan.KeyRange months : plan.months()) {
            TallyPlan.addMonths(tally(target.prefix(), months), null, byId, held);
        }
        if (plan.years() != null) {
            Set<TallyPlan.Need> needs = TallyPlan.addYears(tally(target.prefix(), plan.years()), byId, committees,
                    held);
            List<Long> ids = needs.stream().map(TallyPlan.Need::organizationId).distinct().sorted().toList();
            if (!ids.isEmpty()) {
                TallyPlan.addMonths(monthsOf(ids, plan.monthsOfYears()), needs, byId, held);
            }
        }
        return new ComplianceRules.Facts(organizations, held, committees, frequencies());
    }

    /** The activities held per organization, type, validity and day over some days. */
    private void heldDays(Target target, DateRange days, Map<Long, List<HeldCount>> held) {
        target.bind(em.createQuery("""
                SELECT NEW org.partyregistry.activity.control.HeldCount(o.id, a.type, a.valid, a.heldOn, COUNT(a))
                FROM Activity a JOIN a.organization o LEFT JOIN o.parent p
                WHERE o.path LIKE :prefix AND a.heldOn >= :from AND a.heldOn <= :to""" + target.restriction()
                + " GROUP BY o.id, a.type, a.valid, a.heldOn", HeldCount.class))
                .setParameter("from", days.from())
                .setParameter("to", days.to())
                .getResultStream()
                .forEach(h -> held.computeIfAbsent(h.organizationId(), id -> new ArrayList<>()).add(h));
    }

    /** Rule ACT20: the tally's rows of the organizations under a path with keys in a range. */
    @SuppressWarnings("unchecked")
    private Stream<TallyRow> tally(String prefix, TallyPlan.KeyRange keys) {
        return em.createNativeQuery(TALLY_UNDER, TallyRow.MAPPING).setParameter(1, prefix)
                .setParameter(2, keys.from()).setParameter(3, keys.to()).getResultStream();
    }

    /**
     * Rule ACT20: the tally's rows of some organizations (their ids written out: numbers, all in one statement, not
     * in batches: PostgreSQL hashes a long list) with keys in a range.
     */
    @SuppressWarnings("unchecked")
    private Stream<TallyRow> monthsOf(List<Long> organizationIds, TallyPlan.KeyRange keys) {
        String ids = organizationIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return em.createNativeQuery(TALLY_OF.replace("(:ids)", "(" + ids + ")"), TallyRow.MAPPING)
                .setParameter(1, keys.from()).setParameter(2, keys.to()).getResultStream();
    }

    /** The columns of a tally row, labelled alike on every database (for the result mapping). */
    private static final String TALLY_COLUMNS = "t.organization_id AS \"organization_id\", t.activity_type AS "
            + "\"activity_type\", t.period_key AS \"period_key\", t.held AS \"held\", t.valid AS \"valid\"";

    /** The tally rows under a path (parameters: the path prefix, the first and last key). */
    public static final String TALLY_UNDER = "SELECT " + TALLY_COLUMNS + """
             FROM activity_tally t
            JOIN organization o ON o.id = t.organization_id
            WHERE o.path LIKE ?1 AND t.period_key BETWEEN ?2 AND ?3""";

    /** The tally rows of some organizations (the ids replace {@code :ids}; parameters: the first and last key). */
    static final String TALLY_OF = "SELECT " + TALLY_COLUMNS + """
             FROM activity_tally t WHERE t.organization_id IN (:ids) AND t.period_key BETWEEN ?1 AND ?2""";

    /**
     * Rule ACT18: for each term with 3 or more seats in office during the period, the full members of its
     * organization and those below it, from two statements: the terms, and the full members per organization (path)
     * at the grain {@link #FULL_MEMBERS} gives; each organization's members are added to the terms of the
     * organization and of those above it, and summed per term and grain. The spans count exactly the full members the
     * members' own dates give on every day of {@code window} (the only days the rules ask about: the months' first
     * days inside the period, and for {@link #load} the month holding today).
     */
    private Map<Long, List<CommitteeSpan>> committees(Target target, LocalDate from, LocalDate to,
                                                      DateRange window) {
        Map<String, List<CommitteeTerm>> terms = new HashMap<>();
        target.bind(em.createQuery("""
                SELECT NEW org.partyregistry.activity.control.CommitteeTerm(o.id, o.path, t.electedOn, t.endedOn)
                FROM Term t JOIN t.organization o LEFT JOIN o.parent p
                WHERE o.path LIKE :prefix AND t.seats >= :seats AND t.electedOn <= :to
                AND (t.endedOn IS NULL OR t.endedOn > :from)""" + target.restriction(), CommitteeTerm.class))
                .setParameter("seats", ComplianceRules.COMMITTEE_SEATS)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(t -> terms.computeIfAbsent(t.path(), path -> new ArrayList<>()).add(t));
        if (terms.isEmpty()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        Stream<FullMembers> rows = em.createNativeQuery(FULL_MEMBERS, "FullMembers")
                .setParameter(1, window.from())
                .setParameter(2, window.from())
                .setParameter(3, window.to())
                .setParameter(4, window.to())
                .setParameter(5, window.to())
                .setParameter(6, target.prefix())
                .setParameter(7, to)
                .setParameter(8, from)
                .setParameter(9, from)
                .getResultStream();
        return spans(terms, rows);
    }

    /** The statuses that end a membership (rule M11), as SQL literals. */
    private static final String GONE = Arrays.stream(MemberStatus.values()).filter(MemberStatus::isFinal)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    /**
     * Rule ACT18: the full members during {@code from..to} per organization path, counted alike when they count
     * alike on every day of a window {@code first..last} (first &lt;= from): a standing start before the window's
     * first day reads as that day, a removal or death is kept (status and date) only when dated on or before its last
     * day, and leaving the zone likewise; most members of an organization thus share one row. Read into
     * {@link FullMembers} by column name (orm.xml). Parameters: the window's first day (twice), its last day (three
     * times), the path prefix, {@code to}, {@code from} (twice).
     */
    public static final String FULL_MEMBERS = """
            SELECT f.path AS "path", f.standing_start AS "standing_start", f.gone AS "gone", f.gone_on AS "gone_on",
                f.left_zone_on AS "left_zone_on", COUNT(*) AS "members"
            FROM (SELECT mo.path AS path,
                    CASE WHEN m.party_standing_start >= ?1 THEN m.party_standing_start ELSE ?2 END AS standing_start,
                    CASE WHEN m.status IN (%1$s) AND m.status_since <= ?3 THEN m.status END AS gone,
                    CASE WHEN m.status IN (%1$s) AND m.status_since <= ?4 THEN m.status_since END AS gone_on,
                    CASE WHEN m.left_zone_on <= ?5 THEN m.left_zone_on END AS left_zone_on
                FROM member m JOIN organization mo ON mo.id = m.organization_id
                WHERE mo.path LIKE ?6 AND m.party_standing_start IS NOT NULL AND m.party_standing_start <= ?7
                AND (m.left_zone_on IS NULL OR m.left_zone_on > ?8)
                AND (m.status_since IS NULL OR m.status NOT IN (%1$s) OR m.status_since > ?9)) f
            GROUP BY f.path, f.standing_start, f.gone, f.gone_on, f.left_zone_on""".formatted(GONE);

    /**
     * Rule ACT18: the rows' members added to the terms of their organization and of those above it (by path), summed
     * per term, standing start and end.
     */
    static Map<Long, List<CommitteeSpan>> spans(Map<String, List<CommitteeTerm>> terms, Stream<FullMembers> rows) {
        Map<Long, Map<CommitteeSpan, Long>> sums = new HashMap<>();
        rows.forEach(f -> {
            for (int end = f.path().indexOf('/', 1); end > 0; end = f.path().indexOf('/', end + 1)) {
                for (CommitteeTerm t : terms.getOrDefault(f.path().substring(0, end + 1), List.of())) {
                    sums.computeIfAbsent(t.organizationId(), id -> new HashMap<>())
                            .merge(new CommitteeSpan(t.organizationId(), t.electedOn(), t.endedOn(),
                                    f.standingStart(), f.status(), f.statusSince(), f.leftZoneOn(), 0L),
                                    f.members(), Long::sum);
                }
            }
        });
        Map<Long, List<CommitteeSpan>> committees = new HashMap<>();
        sums.forEach((id, spans) -> committees.put(id, spans.entrySet().stream()
                .map(e -> new CommitteeSpan(id, e.getKey().electedOn(), e.getKey().endedOn(),
                        e.getKey().standingStart(), e.getKey().status(), e.getKey().statusSince(),
                        e.getKey().leftZoneOn(), e.getValue()))
                .toList()));
        return committees;
    }

    /**
     * The organizations in tree order: for a subtree those that existed during {@code from..to} (dissolved ones
     * included); for one organization, itself whatever its dates, and its groups.
     */
    private List<OrganizationLife> organizations(Target target, LocalDate from, LocalDate to) {
        String dates = target.only() == null
                ? " AND o.establishedOn <= :to AND (o.dissolvedOn IS NULL OR o.dissolvedOn > :from)" : "";
        TypedQuery<OrganizationLife> query = target.bind(em.createQuery("""
                SELECT NEW org.partyregistry.activity.control.OrganizationLife(o.id, o.name, o.type, p.id, o.path,
                    o.establishedOn, o.dissolvedOn)
                FROM Organization o LEFT JOIN o.parent p WHERE o.path LIKE :prefix""" + dates + target.restriction()
                + " ORDER BY o.path", OrganizationLife.class));
        if (target.only() == null) {
            query.setParameter("from", from).setParameter("to", to);
        }
        return query.getResultList();
    }

    /** Rule ACT7: the required frequency per organization type and activity type. */
    Map<OrganizationType, Map<ActivityType, Frequency>> frequencies() {
        Map<OrganizationType, Map<ActivityType, Frequency>> frequencies = new EnumMap<>(OrganizationType.class);
        em.createQuery("SELECT r FROM ActivityRequirement r", ActivityRequirement.class).getResultStream()
                .forEach(r -> frequencies.computeIfAbsent(r.getOrganizationType(),
                        t -> new EnumMap<>(ActivityType.class)).put(r.getActivityType(), r.getFrequency()));
        return frequencies;
    }
}
