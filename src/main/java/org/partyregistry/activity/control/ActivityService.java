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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Attendance;
import org.partyregistry.activity.entity.Roll;
import org.partyregistry.activity.entity.RollMember;
import org.partyregistry.activity.entity.RollMove;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.member.control.CommitteeService;
import org.partyregistry.member.control.GroupPlacementService;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.TransferStatus;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.DateRange;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Recording activities and reading them back (rules ACT1-ACT9, ACT11, ACT17): each use case one transaction,
 * checked against the caller's scope, each write audited. Compliance is {@link ComplianceService}'s, the required
 * frequencies {@link RequirementService}'s.
 */
@ApplicationScoped
public class ActivityService {

    /**
     * What a secretary records: the organization, type, details and who came; {@code groupId} names the party group
     * of a group meeting recorded from its branch (rule ACT17).
     */
    public record NewActivity(Long organizationId, ActivityType type, Activity.Details details,
                              Activity.Sheet sheet, Long groupId) {

        public NewActivity(Long organizationId, ActivityType type, Activity.Details details, Activity.Sheet sheet) {
            this(organizationId, type, details, sheet, null);
        }
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    MemberNames memberNames;

    @Inject
    CommitteeService committees;

    @Inject
    GroupPlacementService placements;

    @Inject
    GroupMeetings groupMeetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ActivityTally tally;

    @Inject
    ComplianceMarks complianceMarks;

    @Transactional
    public ActivityView record(NewActivity input, Locale locale) {
        Scope scope = currentUser.scope();
        Organization organization = groupMeetings.holder(organization(input.organizationId(), "organizationId"),
                input.type(), input.groupId());
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
        tally.count(activity);
        complianceMarks.activityRecorded(organization, heldOn, today);
        audit.record(scope.username(), activity, "CREATE", Changes.of()
                .set("organizationId", organization.getId())
                .set("recordedFrom", input.groupId() == null ? null : input.organizationId())
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

    /** Rules ACT3, ACT17: the roll of an organization on a date; a party group's is its members placed then. */
    Roll roll(Organization organization, LocalDate on) {
        if (organization.getType() == OrganizationType.GROUP && organization.getParent() != null) {
            return members(organization.getParent(), on).restrictedTo(placements.placedIds(organization, on));
        }
        return members(organization, on);
    }

    /**
     * The roll read as rows, not as managed members: recording a meeting then neither decrypts nor tracks the
     * branch's members (a flight recording put half of recording a meeting there; see docs/performance.md).
     */
    private Roll members(Organization organization, LocalDate on) {
        String prefix = organization.getPath() + "%";
        // two queries, not one with OR: "under the path OR transferred out of it" made the database read every
        // member of the register for each activity recorded (see docs/performance.md); suspensions joined in (few
        // members have any), each a row of its own
        List<RollMember> rows = new ArrayList<>(em.createQuery("""
                SELECT NEW org.partyregistry.activity.entity.RollMember(m.id, m.name, o.path, m.probationaryOn,
                m.fullOn, m.status, m.statusSince, m.leftZoneOn, s.fromDate, s.untilDate)
                FROM Member m JOIN m.organization o LEFT JOIN m.suspensions s
                WHERE o.path LIKE :prefix""", RollMember.class)
                .setParameter("prefix", prefix)
                .getResultList());
        // members elsewhere now who were here on the day: their first transfer received after it came from here
        List<RollMember> left = em.createQuery("""
                SELECT NEW org.partyregistry.activity.entity.RollMember(m.id, m.name, o.path, m.probationaryOn,
                m.fullOn, m.status, m.statusSince, m.leftZoneOn, s.fromDate, s.untilDate)
                FROM Transfer t JOIN t.member m JOIN m.organization o JOIN t.from f LEFT JOIN m.suspensions s
                WHERE t.status = :received AND t.decidedOn > :on AND f.path LIKE :prefix
                AND o.path NOT LIKE :prefix""", RollMember.class)
                .setParameter("prefix", prefix)
                .setParameter("received", TransferStatus.RECEIVED)
                .setParameter("on", on)
                .getResultList();
        rows.addAll(left);
        // only transfers received after the day move a member away from where they are now (rule ACT3)
        List<RollMove> moves = new ArrayList<>(em.createQuery("""
                SELECT NEW org.partyregistry.activity.entity.RollMove(m.id, t.decidedOn, f.path)
                FROM Transfer t JOIN t.member m JOIN m.organization o JOIN t.from f
                WHERE t.status = :received AND t.decidedOn > :on AND o.path LIKE :prefix""", RollMove.class)
                .setParameter("prefix", prefix)
                .setParameter("received", TransferStatus.RECEIVED)
                .setParameter("on", on)
                .getResultList());
        List<Long> leftIds = left.stream().map(RollMember::id).distinct().toList();
        if (!leftIds.isEmpty()) {
            moves.addAll(em.createQuery("""
                    SELECT NEW org.partyregistry.activity.entity.RollMove(m.id, t.decidedOn, f.path)
                    FROM Transfer t JOIN t.member m JOIN t.from f
                    WHERE t.status = :received AND t.decidedOn > :on AND m.id IN :ids""", RollMove.class)
                    .setParameter("received", TransferStatus.RECEIVED)
                    .setParameter("on", on)
                    .setParameter("ids", leftIds)
                    .getResultList());
        }
        return Roll.from(organization.getPath(), on, rows, moves);
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
        return page(organizationId, from, to, null, 0, Integer.MAX_VALUE, locale);
    }

    /**
     * As {@link #list}, only activities of {@code type} (any when null): the activities behind a compliance figure
     * (rule ACT19's drill-down).
     */
    @Transactional
    public List<ActivityView> list(long organizationId, LocalDate from, LocalDate to, ActivityType type,
                                   Locale locale) {
        return page(organizationId, from, to, type, 0, Integer.MAX_VALUE, locale);
    }

    /** How many activities {@link #page} can page through. */
    @Transactional
    public long count(long organizationId, LocalDate from, LocalDate to) {
        return count(organizationId, from, to, null);
    }

    /** How many activities of {@code type} (any when null) {@link #page} can page through. */
    @Transactional
    public long count(long organizationId, LocalDate from, LocalDate to, ActivityType type) {
        Organization organization = organization(organizationId, "organizationId");
        currentUser.scope().requireRead(organization.getPath());
        DateRange period = period(from, to);
        return typed(em.createQuery("""
                SELECT COUNT(a) FROM Activity a JOIN a.organization o WHERE o.path LIKE :prefix
                AND a.heldOn >= :from AND a.heldOn <= :to""" + (type == null ? "" : " AND a.type = :type"),
                Long.class), type)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getSingleResult();
    }

    private static <T> jakarta.persistence.TypedQuery<T> typed(jakarta.persistence.TypedQuery<T> query,
                                                              ActivityType type) {
        return type == null ? query : query.setParameter("type", type);
    }

    /** One page of {@link #list} (newest first), for a lazy table: the rows and their attendance in three queries. */
    @Transactional
    public List<ActivityView> page(long organizationId, LocalDate from, LocalDate to, int first, int max,
                                   Locale locale) {
        return page(organizationId, from, to, null, first, max, locale);
    }

    /** One page of the activities of {@code type} (any when null), newest first. */
    @Transactional
    public List<ActivityView> page(long organizationId, LocalDate from, LocalDate to, ActivityType type, int first,
                                   int max, Locale locale) {
        Organization organization = organization(organizationId, "organizationId");
        currentUser.scope().requireRead(organization.getPath());
        DateRange period = period(from, to);
        jakarta.persistence.TypedQuery<Activity> query = typed(em.createQuery("""
                SELECT a FROM Activity a JOIN FETCH a.organization o WHERE o.path LIKE :prefix
                AND a.heldOn >= :from AND a.heldOn <= :to""" + (type == null ? "" : " AND a.type = :type")
                + " ORDER BY a.heldOn DESC, a.id DESC", Activity.class), type)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .setHint("eclipselink.batch", "a.attendance")
                .setHint("eclipselink.batch.type", "IN");
        if (max < Integer.MAX_VALUE) {
            query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max));
        }
        List<Activity> activities = query.getResultList();
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

    /** A list's period: its first and last day, this register's first day and today when not given. */
    private DateRange period(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate end = to == null ? clock.today() : to;
        if (end.isBefore(start)) {
            throw BusinessException.onField("to", "activity.periodReversed");
        }
        return DateRange.of(start, end);
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
        return memberNames.of(activities.stream().flatMap(a -> a.getAttendance().stream())
                .map(Attendance::getMemberId).distinct().toList());
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
