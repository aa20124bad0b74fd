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
import org.partyregistry.member.control.GroupPlacementService;
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
    CommitteeService committees;

    @Inject
    GroupPlacementService placements;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public ActivityView record(NewActivity input, Locale locale) {
        Scope scope = currentUser.scope();
        Organization organization = holder(organization(input.organizationId(), "organizationId"), input);
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

    /**
     * Rule ACT17: the organization that holds the activity: the one given, or for a group meeting recorded from a
     * branch, the branch's party group named by {@code groupId}. Refuses a group that is not the branch's, a group
     * meeting from a branch without naming a group (or without groups), and a group named for another type.
     */
    private Organization holder(Organization given, NewActivity input) {
        Long groupId = input.groupId();
        if (input.type() != ActivityType.GROUP_MEETING) {
            if (groupId != null) {
                throw BusinessException.onField("groupId", "activity.groupOnlyForGroupMeeting");
            }
            return given;
        }
        if (given.getType() == OrganizationType.GROUP) {
            if (groupId != null && !groupId.equals(given.getId())) {
                throw BusinessException.onField("groupId", "activity.groupNotUnder", given.getName());
            }
            return given;
        }
        if (!given.getType().isBranch()) {
            throw BusinessException.onField("type", "activity.typeNotForOrganization", input.type(),
                    given.getType());
        }
        if (groupId == null) {
            long groups = em.createQuery(
                    "SELECT COUNT(g) FROM Organization g WHERE g.parent = :branch AND g.type = :group", Long.class)
                    .setParameter("branch", given).setParameter("group", OrganizationType.GROUP).getSingleResult();
            throw BusinessException.onField("groupId", groups == 0 ? "activity.noGroups" : "activity.groupRequired",
                    given.getName());
        }
        Organization group = em.find(Organization.class, groupId);
        if (group == null || group.getType() != OrganizationType.GROUP || !given.equals(group.getParent())) {
            throw BusinessException.onField("groupId", "activity.groupNotUnder", given.getName());
        }
        return group;
    }

    /** Rules ACT3, ACT17: the roll of an organization on a date; a party group's is its members placed then. */
    Roll roll(Organization organization, LocalDate on) {
        if (organization.getType() == OrganizationType.GROUP && organization.getParent() != null) {
            return members(organization.getParent(), on).restrictedTo(placements.placedIds(organization, on));
        }
        return members(organization, on);
    }

    private Roll members(Organization organization, LocalDate on) {
        String prefix = organization.getPath() + "%";
        List<Member> candidates = em.createQuery("""
                SELECT DISTINCT m FROM Member m JOIN m.organization o
                WHERE o.path LIKE :prefix OR m IN (SELECT t.member FROM Transfer t JOIN t.from f
                    WHERE t.status = :received AND f.path LIKE :prefix)""", Member.class)
                .setParameter("prefix", prefix)
                .setParameter("received", TransferStatus.RECEIVED)
                .setHint("eclipselink.batch", "m.suspensions")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
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
