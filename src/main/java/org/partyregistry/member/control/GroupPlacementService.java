package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.member.entity.GroupPlacement;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.TransferStatus;
import org.partyregistry.organization.control.Organizations;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.StaleVersionException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Rules M19, M20: placing members of a branch in its party groups (one at a time, dated), and who is in a group on
 * a date. Each write in the member's scope, audited.
 */
@ApplicationScoped
public class GroupPlacementService {

    /** One time in a group; {@code endedOn} null while it lasts. */
    public record PlacementView(Long id, Long groupId, String groupName, LocalDate placedOn, LocalDate endedOn)
            implements Serializable {
    }

    /** A member in a group on a date, since {@code placedOn}. */
    public record GroupMember(Long memberId, String name, LocalDate placedOn) implements Serializable {
    }

    /** A party group a member of the branch may be placed in. */
    public record GroupOption(Long id, String name) implements Serializable {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    MemberService members;

    @Inject
    Members lookup;

    @Inject
    Organizations organizations;

    /**
     * Rule M19: places the member in the group from {@code on}, moves them there, or ({@code groupId} null) takes
     * them out of their group that day. {@code version}, when given, is the member's version the caller saw.
     */
    @Transactional
    public MemberView place(long memberId, Long groupId, LocalDate on, Long version) {
        Scope scope = currentUser.scope();
        Member member = lookup.writable(memberId);
        if (version != null) {
            member.checkVersion(version);
        }
        place(scope, member, group(groupId), on);
        return members.view(member, scope);
    }

    /**
     * Rule M19 for several members at once (the roster's bulk action): all are placed, or none is (the first refusal
     * names the member). Returns how many changed group.
     */
    @Transactional
    public int placeAll(List<Long> memberIds, Long groupId, LocalDate on) {
        Scope scope = currentUser.scope();
        if (memberIds == null || memberIds.isEmpty()) {
            throw BusinessException.onField("memberIds", "group.membersRequired");
        }
        Organization group = group(groupId);
        int changed = 0;
        int index = 0;
        for (Long id : new LinkedHashSet<>(memberIds)) {
            String field = "memberIds[" + index++ + "]";
            if (id == null) {
                throw BusinessException.onField(field, "group.membersRequired");
            }
            Member member = lookup.writable(id);
            try {
                changed += place(scope, member, group, on) ? 1 : 0;
            } catch (BusinessException e) {
                // the first refusal, named by the member's place in the list; nothing is written
                throw BusinessException.onField(field, e.key(), e.args());
            }
        }
        return changed;
    }

    private boolean place(Scope scope, Member member, Organization group, LocalDate on) {
        GroupPlacement before = member.currentPlacement();
        Long old = before == null ? null : before.getGroup().getId();
        GroupPlacement placed = member.placeInGroup(group, on, joinedBranch(member), clock.today());
        if (placed != null && placed.getId() == null) {
            em.persist(placed);
        }
        Long now = member.currentPlacement() == null ? null : member.currentPlacement().getGroup().getId();
        if (java.util.Objects.equals(old, now)) {
            return false;
        }
        // the member's version moves with their group, so a change made on a stale page is refused (409)
        em.lock(member, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Member", member.getId());
        }
        audit.record(scope.username(), member, "GROUP", Changes.of().change("groupId", old, now).set("on", on));
        return true;
    }

    /** Rule M19: the member's times in groups, newest first. */
    @Transactional
    public List<PlacementView> placements(long memberId) {
        Member member = lookup.readable(memberId);
        return em.createQuery("""
                SELECT p FROM GroupPlacement p JOIN FETCH p.group WHERE p.member = :member
                ORDER BY p.placedOn DESC, p.id DESC""", GroupPlacement.class)
                .setParameter("member", member).getResultStream()
                .map(p -> new PlacementView(p.getId(), p.getGroup().getId(), p.getGroup().getName(), p.getPlacedOn(),
                        p.getEndedOn())).toList();
    }

    /** Rule M20: the members placed in the group on {@code on}, by name. */
    @Transactional
    public List<GroupMember> members(long groupId, LocalDate on) {
        Organization group = organizations.readable(groupId);
        if (on == null) {
            throw BusinessException.onField("on", "group.dateRequired");
        }
        return em.createQuery("""
                SELECT p FROM GroupPlacement p JOIN FETCH p.member m WHERE p.group = :group AND p.placedOn <= :on
                AND (p.endedOn IS NULL OR p.endedOn > :on) ORDER BY m.name, m.id""", GroupPlacement.class)
                .setParameter("group", group).setParameter("on", on).getResultStream()
                .map(p -> new GroupMember(p.getMember().getId(), p.getMember().getName(), p.getPlacedOn())).toList();
    }

    /** Rule M19: the party groups directly under the branch that exist on {@code on}, by name. */
    @Transactional
    public List<GroupOption> groups(long branchId, LocalDate on) {
        Organization branch = organizations.readable(branchId);
        LocalDate day = on == null ? clock.today() : on;
        return em.createQuery("""
                SELECT g FROM Organization g WHERE g.parent = :branch AND g.type = :group AND g.establishedOn <= :on
                AND (g.dissolvedOn IS NULL OR g.dissolvedOn > :on) ORDER BY g.name, g.id""", Organization.class)
                .setParameter("branch", branch).setParameter("group", OrganizationType.GROUP)
                .setParameter("on", day).getResultStream().map(g -> new GroupOption(g.getId(), g.getName())).toList();
    }

    /** Rule M20 (for recording a group meeting): the ids of the members placed in the group on {@code on}. */
    public Set<Long> placedIds(Organization group, LocalDate on) {
        return new LinkedHashSet<>(em.createQuery("""
                SELECT p.member.id FROM GroupPlacement p WHERE p.group = :group AND p.placedOn <= :on
                AND (p.endedOn IS NULL OR p.endedOn > :on)""", Long.class)
                .setParameter("group", group).setParameter("on", on).getResultList());
    }

    /**
     * Rule M19: the day the member joined their branch: admission, or the day a transfer into it was received,
     * whichever is later; null for an applicant (not a member yet).
     */
    LocalDate joinedBranch(Member member) {
        LocalDate admitted = member.steps().probationaryOn() != null ? member.steps().probationaryOn()
                : member.steps().fullOn();
        if (admitted == null) {
            return null;
        }
        LocalDate received = em.createQuery("""
                SELECT MAX(t.decidedOn) FROM Transfer t WHERE t.member = :member AND t.to = :branch
                AND t.status = :received""", LocalDate.class)
                .setParameter("member", member).setParameter("branch", member.getOrganization())
                .setParameter("received", TransferStatus.RECEIVED).getSingleResult();
        return received != null && received.isAfter(admitted) ? received : admitted;
    }

    private Organization group(Long groupId) {
        if (groupId == null) {
            return null;
        }
        return organizations.named(groupId, "groupId");
    }
}
