package org.partyregistry.brand.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.brand.entity.Alliance;
import org.partyregistry.brand.entity.AllianceActivity;
import org.partyregistry.brand.entity.AllianceMember;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.organization.control.Organizations;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.IdCount;
import org.partyregistry.platform.NativeRows;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Alliances, their members over time and their joint activities (rules B7-B11): everyone signed in reads them,
 * staff and admins write them; each write one transaction, audited.
 */
@ApplicationScoped
public class AllianceService {

    public record NewAlliance(String name, Long leadOrganizationId, LocalDate foundedOn, String description) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organizations organizations;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public AllianceView create(NewAlliance input) {
        Scope scope = currentUser.scope();
        scope.requireReferenceWrite();
        Organization lead = input.leadOrganizationId() == null ? null
                : organizations.require(input.leadOrganizationId());
        Alliance alliance = new Alliance(input.name(), lead, input.foundedOn(), input.description(), clock.today());
        long clashes = em.createQuery("SELECT COUNT(a) FROM Alliance a WHERE a.name = :name", Long.class)
                .setParameter("name", alliance.getName()).getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", "alliance.duplicate", alliance.getName());
        }
        em.persist(alliance);
        em.flush();
        audit.record(scope.username(), alliance, "CREATE", Changes.of()
                .set("name", alliance.getName())
                .set("leadOrganizationId", lead.getId())
                .set("foundedOn", alliance.getFoundedOn())
                .set("description", alliance.getDescription()));
        return AllianceView.of(alliance, clock.today(), 0, 0);
    }

    /** Every alliance with its members current today. */
    @Transactional
    public List<AllianceView> list() {
        currentUser.scope();
        LocalDate today = clock.today();
        Map<Long, Long> members = new HashMap<>();
        em.createQuery("""
                SELECT NEW org.partyregistry.platform.IdCount(m.alliance.id, COUNT(m)) FROM AllianceMember m
                WHERE m.joinedOn <= :on AND (m.leftOn IS NULL OR m.leftOn >= :on) GROUP BY m.alliance.id""",
                        IdCount.class)
                .setParameter("on", today).getResultStream()
                .forEach(r -> members.put(r.id(), r.count()));
        Map<Long, Long> activities = new HashMap<>();
        em.createQuery("SELECT NEW org.partyregistry.platform.IdCount(j.alliance.id, COUNT(j))"
                        + " FROM AllianceActivity j GROUP BY j.alliance.id", IdCount.class).getResultStream()
                .forEach(r -> activities.put(r.id(), r.count()));
        return em.createQuery("SELECT a FROM Alliance a JOIN FETCH a.leadOrganization ORDER BY a.name",
                        Alliance.class).getResultStream()
                .map(a -> AllianceView.of(a, today, members.getOrDefault(a.getId(), 0L),
                        activities.getOrDefault(a.getId(), 0L)))
                .toList();
    }

    @Transactional
    public AllianceView view(long id, LocalDate asOf) {
        currentUser.scope();
        Alliance alliance = alliance(id);
        LocalDate on = asOf == null ? clock.today() : asOf;
        long current = members(alliance).stream().filter(m -> m.isCurrentOn(on)).count();
        long joint = em.createQuery("SELECT COUNT(j) FROM AllianceActivity j WHERE j.alliance = :a", Long.class)
                .setParameter("a", alliance).getSingleResult();
        return AllianceView.of(alliance, on, current, joint);
    }

    /** Rules B8, B9: an enterprise or an organization joins on a date. */
    @Transactional
    public AllianceMemberView join(long allianceId, Long enterpriseId, Long organizationId, LocalDate joinedOn) {
        Scope scope = currentUser.scope();
        scope.requireReferenceWrite();
        Alliance alliance = alliance(allianceId);
        Enterprise enterprise = null;
        if (enterpriseId != null) {
            enterprise = em.find(Enterprise.class, enterpriseId);
            if (enterprise == null) {
                throw new NotFoundException("Enterprise", enterpriseId);
            }
        }
        Organization organization = organizationId == null ? null : organizations.require(organizationId);
        AllianceMember member = alliance.admit(enterprise, organization, joinedOn, members(alliance), clock.today());
        em.persist(member);
        em.flush();
        audit.record(scope.username(), member, "CREATE", Changes.of()
                .set("allianceId", alliance.getId())
                .set("enterpriseId", enterpriseId)
                .set("organizationId", organizationId)
                .set("joinedOn", member.getJoinedOn()));
        return AllianceMemberView.of(member, clock.today());
    }

    /** Rule B8: a member leaves; {@code leftOn} is its last day. */
    @Transactional
    public AllianceMemberView leave(long allianceId, long memberId, LocalDate leftOn) {
        Scope scope = currentUser.scope();
        scope.requireReferenceWrite();
        AllianceMember member = em.find(AllianceMember.class, memberId);
        if (member == null || !member.getAlliance().getId().equals(allianceId)) {
            throw new NotFoundException("AllianceMember", memberId);
        }
        member.leave(leftOn, clock.today());
        em.flush();
        audit.record(scope.username(), member, "LEAVE", Changes.of().change("leftOn", null, member.getLeftOn()));
        return AllianceMemberView.of(member, clock.today());
    }

    /** The periods of membership: all of them (the history), or those current on {@code on} (rule B10). */
    @Transactional
    public List<AllianceMemberView> members(long allianceId, LocalDate on) {
        currentUser.scope();
        LocalDate today = clock.today();
        return members(alliance(allianceId)).stream().filter(m -> on == null || m.isCurrentOn(on))
                .map(m -> AllianceMemberView.of(m, today)).toList();
    }

    /** Rule B11: an activity becomes a joint activity of the alliance. */
    /** Where and when an activity was held (a typed row: {@code SELECT NEW}). */
    public record HeldAt(LocalDate heldOn, String path, String organization) {
    }

    @Transactional
    public JointActivityView link(long allianceId, Long activityId) {
        Scope scope = currentUser.scope();
        Alliance alliance = alliance(allianceId);
        if (activityId == null) {
            throw BusinessException.onField("activityId", "alliance.activityRequired");
        }
        List<HeldAt> found = em.createQuery("""
                SELECT NEW org.partyregistry.brand.control.AllianceService$HeldAt(a.heldOn, o.path, o.name)
                FROM Activity a JOIN a.organization o WHERE a.id = :id""", HeldAt.class)
                .setParameter("id", activityId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Activity", activityId);
        }
        LocalDate heldOn = found.get(0).heldOn();
        String path = found.get(0).path();
        if (!scope.canWriteReferenceData()) {
            scope.requireWrite(path);
        }
        if (!takesPart(alliance, path, heldOn)) {
            throw BusinessException.onField("activityId", "alliance.activityOutside", found.get(0).organization(),
                    alliance.getName(), heldOn);
        }
        long linked = em.createQuery("""
                SELECT COUNT(j) FROM AllianceActivity j WHERE j.alliance = :a AND j.activityId = :activity""",
                Long.class).setParameter("a", alliance).setParameter("activity", activityId).getSingleResult();
        if (linked > 0) {
            throw new ConflictException("activityId", "alliance.activityLinked", alliance.getName());
        }
        AllianceActivity joint = new AllianceActivity(alliance, activityId);
        em.persist(joint);
        em.flush();
        audit.record(scope.username(), joint, "CREATE", Changes.of()
                .set("allianceId", alliance.getId()).set("activityId", activityId));
        return activities(alliance, joint.getId()).get(0);
    }

    /** The joint activities, newest first. */
    @Transactional
    public List<JointActivityView> activities(long allianceId) {
        currentUser.scope();
        return activities(alliance(allianceId), null);
    }

    /**
     * Activities of the last 12 months that may become joint activities (rule B11, with today's members), not yet
     * linked, newest first; at most 200.
     */
    @Transactional
    public List<JointActivityView> candidates(long allianceId) {
        Scope scope = currentUser.scope();
        Alliance alliance = alliance(allianceId);
        LocalDate today = clock.today();
        List<String> prefixes = prefixes(alliance, today).stream()
                .filter(p -> scope.canWriteReferenceData() || scope.canWrite(p)
                        || scope.organizationPath() != null && scope.organizationPath().startsWith(p))
                .toList();
        if (prefixes.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.title, a.activity_type, a.held_on, o.id, o.name, o.path FROM activity a
                JOIN organization o ON o.id = a.organization_id WHERE a.held_on >= ? AND NOT EXISTS
                (SELECT 1 FROM alliance_activity j WHERE j.alliance_id = ? AND j.activity_id = a.id) AND (""");
        List<Object> parameters = new ArrayList<>(List.of(today.minusMonths(12), alliance.getId()));
        for (int i = 0; i < prefixes.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("o.path LIKE ?");
            parameters.add(prefixes.get(i) + "%");
        }
        sql.append(") ORDER BY a.held_on DESC, a.id DESC");
        record Candidate(JointActivityView view, String path) {
        }
        return NativeRows.list(em, sql.toString(), 200, row -> new Candidate(new JointActivityView(null,
                        alliance.getId(), row.getLong(1), row.getString(2), row.getString(3), NativeRows.day(row, 4),
                        row.getLong(5), row.getString(6), 0), row.getString(7)), parameters.toArray())
                .stream()
                .filter(c -> scope.canWriteReferenceData() || scope.canWrite(c.path()))
                .map(Candidate::view)
                .toList();
    }

    /**
     * Rule B11: the lead organization (or one below it), or, on the day, a current member organization (or one below
     * it), or an organization formed in a current member enterprise (or one below such an organization).
     */
    private boolean takesPart(Alliance alliance, String path, LocalDate on) {
        return prefixes(alliance, on).stream().anyMatch(path::startsWith);
    }

    /** Rule B11: the paths whose organizations (and those below them) take part on the day. */
    private List<String> prefixes(Alliance alliance, LocalDate on) {
        List<String> prefixes = new ArrayList<>();
        prefixes.add(alliance.getLeadOrganization().getPath());
        List<Long> enterprises = new ArrayList<>();
        for (AllianceMember m : members(alliance)) {
            if (!m.isCurrentOn(on)) {
                continue;
            }
            if (m.isEnterprise()) {
                enterprises.add(m.getEnterprise().getId());
            } else {
                prefixes.add(m.getOrganization().getPath());
            }
        }
        if (!enterprises.isEmpty()) {
            prefixes.addAll(em.createQuery("""
                    SELECT DISTINCT o.path FROM Organization o JOIN o.enterprises e WHERE e.id IN :ids""",
                    String.class).setParameter("ids", enterprises).getResultList());
        }
        return prefixes;
    }

    private List<JointActivityView> activities(Alliance alliance, Long onlyLink) {
        long link = onlyLink == null ? -1L : onlyLink;
        return NativeRows.list(em, """
                SELECT j.id, a.id, a.title, a.activity_type, a.held_on, o.id, o.name,
                    (SELECT COUNT(*) FROM activity_attendance t WHERE t.activity_id = a.id AND t.status = 'PRESENT')
                FROM alliance_activity j JOIN activity a ON a.id = j.activity_id
                JOIN organization o ON o.id = a.organization_id
                WHERE j.alliance_id = ? AND (? < 0 OR j.id = ?)
                ORDER BY a.held_on DESC, a.id DESC""",
                row -> new JointActivityView(row.getLong(1), alliance.getId(), row.getLong(2), row.getString(3),
                        row.getString(4), NativeRows.day(row, 5), row.getLong(6), row.getString(7), row.getLong(8)),
                alliance.getId(), link, link);
    }

    private List<AllianceMember> members(Alliance alliance) {
        return em.createQuery("""
                SELECT m FROM AllianceMember m LEFT JOIN FETCH m.enterprise LEFT JOIN FETCH m.organization
                WHERE m.alliance = :a ORDER BY m.joinedOn, m.id""", AllianceMember.class)
                .setParameter("a", alliance).getResultList();
    }

    private Alliance alliance(long id) {
        Alliance alliance = em.find(Alliance.class, id);
        if (alliance == null) {
            throw new NotFoundException("Alliance", id);
        }
        return alliance;
    }

}
