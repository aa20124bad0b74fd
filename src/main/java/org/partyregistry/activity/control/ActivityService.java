package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityRequirement;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Attendance;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.activity.entity.Roll;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.member.control.CommitteeService;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.Transfer;
import org.partyregistry.member.entity.TransferStatus;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Recording activities and reading them back (rules ACT1-ACT9): each use case one transaction, checked against the
 * caller's scope, each write audited.
 */
@ApplicationScoped
public class ActivityService {

    /** What a secretary records: the organization, type, details and who came. */
    public record NewActivity(Long organizationId, ActivityType type, Activity.Details details,
                              Activity.Sheet sheet) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CommitteeService committees;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public ActivityView record(NewActivity input, Locale locale) {
        Scope scope = currentUser.scope();
        Organization organization = organization(input.organizationId(), "organizationId");
        scope.requireWrite(organization.getPath());
        Long brandId = input.details().brandId();
        if (brandId != null && em.find(org.partyregistry.brand.entity.Brand.class, brandId) == null) {
            throw BusinessException.onField("brandId", "activity.brandUnknown", brandId);
        }
        LocalDate heldOn = input.details().heldOn();
        LocalDate today = clock.today();
        Activity.checkHeldOn(heldOn, today);
        Roll roll = roll(organization, heldOn);
        Term term = termOn(organization, heldOn);
        Activity activity = new Activity(organization, input.type(), input.details(), input.sheet(), roll,
                term == null ? null : term.getSeats(),
                term == null ? Set.of() : Set.copyOf(committees.holderIds(term)), today);
        em.persist(activity);
        audit.record(scope.username(), activity, "CREATE", Changes.of()
                .set("organizationId", organization.getId())
                .set("type", activity.getType())
                .set("title", activity.getTitle())
                .set("heldOn", activity.getHeldOn())
                .set("endsOn", activity.getEndsOn())
                .set("brandId", activity.getBrandId())
                .set("present", activity.count(org.partyregistry.activity.entity.AttendanceStatus.PRESENT))
                .set("excused", activity.count(org.partyregistry.activity.entity.AttendanceStatus.EXCUSED))
                .set("absent", activity.count(org.partyregistry.activity.entity.AttendanceStatus.ABSENT))
                .set("valid", activity.isValid()));
        return view(activity, names(roll), Messages.of(locale));
    }

    /** The organization's roll on a date (rule ACT3): who may be listed, for the fast-entry page. */
    @Transactional
    public List<Roll.Entry> roll(long organizationId, LocalDate on) {
        Organization organization = organization(organizationId, "organizationId");
        currentUser.scope().requireRead(organization.getPath());
        return roll(organization, on).entries();
    }

    Roll roll(Organization organization, LocalDate on) {
        String prefix = organization.getPath() + "%";
        // two queries, not one with OR: "under the path OR transferred out of it" made the database read every
        // member of the register for each activity recorded (see docs/bench.md)
        Map<Long, Member> byId = new LinkedHashMap<>();
        em.createQuery("SELECT m FROM Member m JOIN m.organization o WHERE o.path LIKE :prefix", Member.class)
                .setParameter("prefix", prefix)
                .setHint("eclipselink.batch", "m.suspensions")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream().forEach(m -> byId.put(m.getId(), m));
        em.createQuery("""
                SELECT DISTINCT m FROM Transfer t JOIN t.member m JOIN t.from f
                WHERE t.status = :received AND f.path LIKE :prefix""", Member.class)
                .setParameter("prefix", prefix)
                .setParameter("received", TransferStatus.RECEIVED)
                .getResultStream().forEach(m -> byId.putIfAbsent(m.getId(), m));
        List<Member> candidates = List.copyOf(byId.values());
        List<Transfer> transfers = candidates.isEmpty() ? List.of() : em.createQuery("""
                SELECT t FROM Transfer t JOIN FETCH t.from WHERE t.status = :received AND t.member IN :members""",
                Transfer.class)
                .setParameter("received", TransferStatus.RECEIVED)
                .setParameter("members", candidates)
                .getResultList();
        return Roll.of(organization.getPath(), on, candidates, transfers);
    }

    /** Rule ACT5: the term in office on {@code on}, null without one. */
    Term termOn(Organization organization, LocalDate on) {
        List<Term> terms = em.createQuery("""
                SELECT t FROM Term t WHERE t.organization = :organization AND t.electedOn <= :on
                AND (t.endedOn IS NULL OR t.endedOn > :on) ORDER BY t.electedOn DESC""", Term.class)
                .setParameter("organization", organization)
                .setParameter("on", on)
                .setMaxResults(1)
                .getResultList();
        return terms.isEmpty() ? null : terms.get(0);
    }

    /** Rule ACT5: the seats of the term in office on {@code on}, null without one. */
    Integer seatsOn(Organization organization, LocalDate on) {
        Term term = termOn(organization, on);
        return term == null ? null : term.getSeats();
    }

    /** Activities of the organization (and those below it) whose first day lies in {@code from..to}, newest first. */
    @Transactional
    public List<ActivityView> list(long organizationId, LocalDate from, LocalDate to, Locale locale) {
        Organization organization = organization(organizationId, "organizationId");
        currentUser.scope().requireRead(organization.getPath());
        LocalDate[] period = period(from, to, false);
        List<Activity> activities = em.createQuery("""
                SELECT a FROM Activity a JOIN FETCH a.organization o WHERE o.path LIKE :prefix
                AND a.heldOn >= :from AND a.heldOn <= :to ORDER BY a.heldOn DESC, a.id DESC""", Activity.class)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("from", period[0])
                .setParameter("to", period[1])
                .setHint("eclipselink.batch", "a.attendance")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        Messages messages = Messages.of(locale);
        Map<Long, String> names = memberNames(activities);
        return activities.stream().map(a -> view(a, names, messages)).toList();
    }

    /** How many activities {@link #page} can page through. */
    @Transactional
    public long count(long organizationId, LocalDate from, LocalDate to) {
        Organization organization = organization(organizationId, "organizationId");
        currentUser.scope().requireRead(organization.getPath());
        LocalDate[] period = period(from, to, false);
        return em.createQuery("""
                SELECT COUNT(a) FROM Activity a JOIN a.organization o WHERE o.path LIKE :prefix
                AND a.heldOn >= :from AND a.heldOn <= :to""", Long.class)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("from", period[0])
                .setParameter("to", period[1])
                .getSingleResult();
    }

    /** One page of {@link #list} (newest first), for a lazy table: the rows and their attendance in three queries. */
    @Transactional
    public List<ActivityView> page(long organizationId, LocalDate from, LocalDate to, int first, int max,
                                   Locale locale) {
        Organization organization = organization(organizationId, "organizationId");
        currentUser.scope().requireRead(organization.getPath());
        LocalDate[] period = period(from, to, false);
        List<Activity> activities = em.createQuery("""
                SELECT a FROM Activity a JOIN FETCH a.organization o WHERE o.path LIKE :prefix
                AND a.heldOn >= :from AND a.heldOn <= :to ORDER BY a.heldOn DESC, a.id DESC""", Activity.class)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("from", period[0])
                .setParameter("to", period[1])
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .setHint("eclipselink.batch", "a.attendance")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        Messages messages = Messages.of(locale);
        Map<Long, String> names = memberNames(activities);
        return activities.stream().map(a -> view(a, names, messages)).toList();
    }

    @Transactional
    public ActivityView view(long id, Locale locale) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null) {
            throw new NotFoundException("Activity", id);
        }
        currentUser.scope().requireRead(activity.getOrganization().getPath());
        return view(activity, memberNames(List.of(activity)), Messages.of(locale));
    }

    /**
     * Rule ACT8: required, held, valid and missing per type for the organization itself over {@code from..to}, from
     * one aggregate query.
     */
    @Transactional
    public ComplianceReport compliance(long organizationId, LocalDate from, LocalDate to) {
        Organization organization = organization(organizationId, "organizationId");
        currentUser.scope().requireRead(organization.getPath());
        LocalDate[] period = period(from, to, true);
        Map<ActivityType, long[]> counts = new EnumMap<>(ActivityType.class);
        List<Object[]> rows = em.createQuery("""
                SELECT a.type, a.valid, COUNT(a) FROM Activity a
                WHERE a.organization = :organization AND a.heldOn >= :from AND a.heldOn <= :to
                GROUP BY a.type, a.valid""", Object[].class)
                .setParameter("organization", organization)
                .setParameter("from", period[0])
                .setParameter("to", period[1])
                .getResultList();
        for (Object[] row : rows) {
            long[] held = counts.computeIfAbsent((ActivityType) row[0], t -> new long[2]);
            long n = ((Number) row[2]).longValue();
            held[0] += n;
            if (Boolean.TRUE.equals(row[1])) {
                held[1] += n;
            }
        }
        boolean hasCommittee = seatsOn(organization, period[1]) != null;
        List<ComplianceReport.GroupRow> groups = groupRows(
                groupsUnder(organization.getPath(), period[0]).getOrDefault(organization.getId(), List.of()),
                groupCounts(organization.getPath() + "%", period), frequencies(OrganizationType.GROUP)
                        .getOrDefault(ActivityType.GROUP_MEETING, Frequency.NONE), period[0], period[1]);
        return new ComplianceReport(organization.getId(), organization.getName(), period[0], period[1],
                rows(frequencies(organization.getType()), hasCommittee, counts, groups, period[0], period[1]),
                groups.isEmpty() ? null : groups);
    }

    /**
     * Rule ACT15: the active groups directly below the organizations under {@code path}, founded by {@code from}, as
     * [id, name] per parent id, in tree order.
     */
    private Map<Long, List<Object[]>> groupsUnder(String path, LocalDate from) {
        Map<Long, List<Object[]>> groups = new HashMap<>();
        em.createQuery("""
                SELECT g.parent.id, g.id, g.name FROM Organization g WHERE g.path LIKE :prefix AND g.type = :group
                AND g.status = :active AND g.establishedOn <= :from ORDER BY g.path""", Object[].class)
                .setParameter("prefix", path + "%")
                .setParameter("group", OrganizationType.GROUP)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .setParameter("from", from)
                .getResultStream()
                .forEach(row -> groups.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Object[] {row[1], row[2]}));
        return groups;
    }

    /** Rule ACT15: group meetings held and valid per organization under {@code prefix} in the period. */
    private Map<Long, long[]> groupCounts(String prefix, LocalDate[] period) {
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("""
                SELECT o.id, a.valid, COUNT(a) FROM Activity a JOIN a.organization o
                WHERE o.path LIKE :prefix AND o.type = :group AND a.type = :meeting
                AND a.heldOn >= :from AND a.heldOn <= :to GROUP BY o.id, a.valid""", Object[].class)
                .setParameter("prefix", prefix)
                .setParameter("group", OrganizationType.GROUP)
                .setParameter("meeting", ActivityType.GROUP_MEETING)
                .setParameter("from", period[0])
                .setParameter("to", period[1])
                .getResultStream()
                .forEach(row -> {
                    long[] held = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
                    long n = ((Number) row[2]).longValue();
                    held[0] += n;
                    if (Boolean.TRUE.equals(row[1])) {
                        held[1] += n;
                    }
                });
        return counts;
    }

    /** Rule ACT15: one row per group (required by the groups' own frequency, held, valid and missing). */
    static List<ComplianceReport.GroupRow> groupRows(List<Object[]> groups, Map<Long, long[]> counts,
                                                     Frequency frequency, LocalDate from, LocalDate to) {
        int required = frequency.periodsWithin(from, to);
        return groups.stream().map(g -> {
            long[] held = counts.getOrDefault((Long) g[0], new long[2]);
            return ComplianceReport.GroupRow.of((Long) g[0], (String) g[1], frequency, required, held[0],
                    held[1]);
        }).toList();
    }

    /** Rules ACT7, ACT8: one row per type from the frequencies and the held / valid counts. */
    static List<ComplianceReport.Row> rows(Map<ActivityType, Frequency> frequencies, boolean hasCommittee,
                                           Map<ActivityType, long[]> counts, LocalDate from, LocalDate to) {
        return rows(frequencies, hasCommittee, counts, List.of(), from, to);
    }

    /**
     * Rules ACT7, ACT8, ACT15: one row per type from the frequencies and the held / valid counts; with groups below
     * the organization, the GROUP_MEETING row adds up the groups' rows (see {@link ComplianceReport#withGroups}).
     */
    static List<ComplianceReport.Row> rows(Map<ActivityType, Frequency> frequencies, boolean hasCommittee,
                                           Map<ActivityType, long[]> counts, List<ComplianceReport.GroupRow> groups,
                                           LocalDate from, LocalDate to) {
        List<ComplianceReport.Row> report = new ArrayList<>();
        for (ActivityType type : ActivityType.values()) {
            Frequency frequency = frequencies.getOrDefault(type, Frequency.NONE);
            if (type == ActivityType.BRANCH_COMMITTEE_MEETING && !hasCommittee) {
                frequency = Frequency.NONE;
            }
            long[] held = counts.getOrDefault(type, new long[2]);
            ComplianceReport.Row row = ComplianceReport.Row.of(type, frequency, frequency.periodsWithin(from, to),
                    held[0], held[1]);
            if (type == ActivityType.GROUP_MEETING && !groups.isEmpty()) {
                row = ComplianceReport.withGroups(row, groups);
            }
            report.add(row);
        }
        return List.copyOf(report);
    }

    /**
     * Rule ACT10: the organizations in the caller's scope that fall behind over {@code from..to} (something required
     * is missing), in tree order, from three aggregate queries whatever the number of organizations.
     */
    @Transactional
    public List<ComplianceReport> behind(LocalDate from, LocalDate to) {
        Scope scope = currentUser.scope();
        LocalDate[] period = period(from, to, true);
        String prefix = scope.pathPrefix() + "%";
        Map<OrganizationType, Map<ActivityType, Frequency>> frequencies = new EnumMap<>(OrganizationType.class);
        for (ActivityRequirement r : requirements()) {
            frequencies.computeIfAbsent(r.getOrganizationType(), t -> new EnumMap<>(ActivityType.class))
                    .put(r.getActivityType(), r.getFrequency());
        }
        if (frequencies.isEmpty()) {
            return List.of();
        }
        List<Organization> organizations = em.createQuery("""
                SELECT o FROM Organization o WHERE o.path LIKE :prefix AND o.status = :active AND o.type IN :types
                AND o.establishedOn <= :from ORDER BY o.path""", Organization.class)
                .setParameter("prefix", prefix)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .setParameter("types", List.copyOf(frequencies.keySet()))
                .setParameter("from", period[0])
                .getResultList();
        Map<Long, Map<ActivityType, long[]>> counts = new HashMap<>();
        em.createQuery("""
                SELECT o.id, a.type, a.valid, COUNT(a) FROM Activity a JOIN a.organization o
                WHERE o.path LIKE :prefix AND a.heldOn >= :from AND a.heldOn <= :to
                GROUP BY o.id, a.type, a.valid""", Object[].class)
                .setParameter("prefix", prefix)
                .setParameter("from", period[0])
                .setParameter("to", period[1])
                .getResultStream()
                .forEach(row -> {
                    long[] held = counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(ActivityType.class))
                            .computeIfAbsent((ActivityType) row[1], t -> new long[2]);
                    long n = ((Number) row[3]).longValue();
                    held[0] += n;
                    if (Boolean.TRUE.equals(row[2])) {
                        held[1] += n;
                    }
                });
        java.util.Set<Long> committees = new java.util.HashSet<>(em.createQuery("""
                SELECT t.organization.id FROM Term t WHERE t.seats IS NOT NULL AND t.electedOn <= :on
                AND (t.endedOn IS NULL OR t.endedOn > :on)""", Long.class)
                .setParameter("on", period[1])
                .getResultList());
        Map<Long, List<Object[]>> groups = groupsUnder(scope.pathPrefix(), period[0]);
        Frequency groupFrequency = frequencies.getOrDefault(OrganizationType.GROUP, Map.of())
                .getOrDefault(ActivityType.GROUP_MEETING, Frequency.NONE);
        Map<Long, long[]> groupCounts = new HashMap<>();
        counts.forEach((id, byType) -> {
            if (byType.containsKey(ActivityType.GROUP_MEETING)) {
                groupCounts.put(id, byType.get(ActivityType.GROUP_MEETING));
            }
        });
        List<ComplianceReport> behind = new ArrayList<>();
        for (Organization o : organizations) {
            List<ComplianceReport.GroupRow> own = groupRows(groups.getOrDefault(o.getId(), List.of()), groupCounts,
                    groupFrequency, period[0], period[1]);
            ComplianceReport report = new ComplianceReport(o.getId(), o.getName(), period[0], period[1],
                    rows(frequencies.getOrDefault(o.getType(), Map.of()), committees.contains(o.getId()),
                            counts.getOrDefault(o.getId(), Map.of()), own, period[0], period[1]),
                    own.isEmpty() ? null : own);
            if (report.totalMissing() > 0) {
                behind.add(report);
            }
        }
        return behind;
    }

    /** One member with no activity attended (present) for {@link #IDLE_MONTHS} months. */
    public record IdleMember(Long memberId, String name, Long organizationId, String organizationName)
            implements Serializable {
    }

    public static final int IDLE_MONTHS = 6;

    /**
     * Rule ACT11: active members of the organization (and those below it) admitted at least 6 months ago who were
     * not present at any activity in the last 6 months.
     */
    @Transactional
    public List<IdleMember> idleMembers(long organizationId) {
        Organization organization = organization(organizationId, "organizationId");
        currentUser.scope().requireRead(organization.getPath());
        LocalDate since = clock.today().minusMonths(IDLE_MONTHS);
        java.util.Set<Long> attended = new java.util.HashSet<>(em.createQuery("""
                SELECT DISTINCT att.memberId FROM Activity a JOIN a.attendance att
                WHERE att.status = :present AND att.day >= :since""", Long.class)
                .setParameter("present", org.partyregistry.activity.entity.AttendanceStatus.PRESENT)
                .setParameter("since", since)
                .getResultList());
        return em.createQuery("""
                SELECT m FROM Member m JOIN FETCH m.organization o WHERE o.path LIKE :prefix
                AND m.status = :active AND m.leftZoneOn IS NULL ORDER BY o.path, m.name""", Member.class)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("active", org.partyregistry.member.entity.MemberStatus.ACTIVE)
                .getResultStream()
                .filter(m -> admittedBy(m, since) && !attended.contains(m.getId()))
                .map(m -> new IdleMember(m.getId(), m.getName(), m.getOrganization().getId(),
                        m.getOrganization().getName()))
                .toList();
    }

    private static boolean admittedBy(Member member, LocalDate date) {
        LocalDate admitted = member.steps().probationaryOn() != null ? member.steps().probationaryOn()
                : member.steps().fullOn();
        return admitted != null && !admitted.isAfter(date);
    }

    /** Rule ACT7: the required frequencies of every organization type, for reading and editing. */
    @Transactional
    public List<ActivityRequirement> requirements() {
        return em.createQuery("SELECT r FROM ActivityRequirement r ORDER BY r.organizationType, r.activityType",
                ActivityRequirement.class).getResultList();
    }

    /** Rule ACT7: staff change how often an organization type must hold an activity type. */
    @Transactional
    public Frequency require(OrganizationType organizationType, ActivityType activityType, Frequency frequency) {
        Scope scope = currentUser.scope();
        scope.requireReferenceWrite();
        if (organizationType == null) {
            throw BusinessException.onField("organizationType", "activity.organizationTypeRequired");
        }
        if (activityType == null) {
            throw BusinessException.onField("activityType", "activity.typeRequired");
        }
        List<ActivityRequirement> existing = em.createQuery("""
                SELECT r FROM ActivityRequirement r WHERE r.organizationType = :ot AND r.activityType = :at""",
                ActivityRequirement.class)
                .setParameter("ot", organizationType).setParameter("at", activityType).getResultList();
        ActivityRequirement requirement;
        Frequency old = null;
        if (existing.isEmpty()) {
            requirement = new ActivityRequirement(organizationType, activityType, frequency);
            em.persist(requirement);
        } else {
            requirement = existing.get(0);
            old = requirement.getFrequency();
            requirement.change(frequency);
        }
        em.flush();
        audit.record(scope.username(), requirement, existing.isEmpty() ? "CREATE" : "UPDATE", Changes.of()
                .set("organizationType", organizationType)
                .set("activityType", activityType)
                .change("frequency", old, frequency));
        return requirement.getFrequency();
    }

    private Map<ActivityType, Frequency> frequencies(OrganizationType type) {
        Map<ActivityType, Frequency> map = new EnumMap<>(ActivityType.class);
        em.createQuery("SELECT r FROM ActivityRequirement r WHERE r.organizationType = :type",
                ActivityRequirement.class).setParameter("type", type).getResultStream()
                .forEach(r -> map.put(r.getActivityType(), r.getFrequency()));
        return map;
    }

    /** A period given by its first and last day; both required for a report, defaulting to this year for a list. */
    private LocalDate[] period(LocalDate from, LocalDate to, boolean required) {
        if (required && from == null) {
            throw BusinessException.onField("from", "activity.periodRequired");
        }
        if (required && to == null) {
            throw BusinessException.onField("to", "activity.periodRequired");
        }
        LocalDate today = clock.today();
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw BusinessException.onField("to", "activity.periodReversed");
        }
        return new LocalDate[] {start, end};
    }

    private Organization organization(Long id, String field) {
        if (id == null) {
            throw BusinessException.onField(field, "activity.organizationRequired");
        }
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("Organization", id);
        }
        return organization;
    }

    private static Map<Long, String> names(Roll roll) {
        Map<Long, String> names = new HashMap<>();
        roll.entries().forEach(e -> names.put(e.memberId(), e.name()));
        return names;
    }

    private Map<Long, String> memberNames(List<Activity> activities) {
        List<Long> ids = activities.stream().flatMap(a -> a.getAttendance().stream()).map(Attendance::getMemberId)
                .distinct().toList();
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            em.createQuery("SELECT m.id, m.name FROM Member m WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .getResultStream().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    private static ActivityView view(Activity activity, Map<Long, String> names, Messages messages) {
        List<ActivityView.Mark> marks = activity.getAttendance().stream()
                .map(a -> new ActivityView.Mark(a.getMemberId(), names.get(a.getMemberId()), a.getStatus()))
                .sorted(Comparator.comparing(ActivityView.Mark::status)
                        .thenComparing(m -> m.name() == null ? "" : m.name()))
                .toList();
        return ActivityView.of(activity, marks, messages);
    }
}
