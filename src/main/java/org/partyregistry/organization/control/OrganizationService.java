package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import org.partyregistry.organization.entity.EventKind;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationEvent;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.organization.entity.TermStatus;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** The organization tree's use cases (rules O1-O5, O10, O11, O13), each one transaction checked against the scope. */
@ApplicationScoped
public class OrganizationService {

    public record NewOrganization(String name, OrganizationType type, Long parentId, LocalDate establishedOn,
                                  List<Long> enterpriseIds) {
    }

    public record Update(String name, OrganizationType type, LocalDate establishedOn, Long version) {
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
    Event<OrganizationClosing> closing;

    @Transactional
    public OrganizationView found(NewOrganization input) {
        Scope scope = currentUser.scope();
        Organization parent = input.parentId() == null ? null : existing(input.parentId(), "parentId");
        if (parent == null) {
            scope.requireReferenceWrite();
        } else {
            scope.requireWrite(parent.getPath());
        }
        Organization organization = new Organization(input.name(), input.type(), parent, input.establishedOn(),
                clock.today());
        organization.formIn(enterprises(input.enterpriseIds()));
        requireUniqueAmongSiblings(parent, organization.getName(), null);
        em.persist(organization);
        organization.anchor();
        event(organization, EventKind.FOUNDED, organization.getEstablishedOn(), null, organization.getName());
        audit.record(scope.username(), organization, "CREATE", Changes.of()
                .set("name", organization.getName())
                .set("type", organization.getType())
                .set("parentId", parent == null ? null : parent.getId())
                .set("establishedOn", organization.getEstablishedOn())
                .set("enterpriseIds", OrganizationView.of(organization).enterpriseIds()));
        return OrganizationView.of(organization);
    }

    /**
     * Rules O11, E8: re-links the enterprises the organization is formed in from {@code on} (today when null); the
     * links before that date stay as they were.
     */
    @Transactional
    public OrganizationView formIn(long id, List<Long> enterpriseIds, LocalDate on) {
        Scope scope = currentUser.scope();
        Organization organization = get(id);
        scope.requireWrite(organization.getPath());
        List<Long> old = OrganizationView.of(organization).enterpriseIds();
        LocalDate today = clock.today();
        LocalDate from = on == null ? today : on;
        if (organization.relink(enterprises(enterpriseIds), from, today)) {
            List<Long> now = OrganizationView.of(organization).enterpriseIds();
            em.lock(organization, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            flushOrConflict(organization);
            audit.record(scope.username(), organization, "LINK_ENTERPRISES", Changes.of()
                    .change("enterpriseIds", old, now).set("on", from));
        }
        return OrganizationView.of(organization);
    }

    private List<org.partyregistry.enterprise.entity.Enterprise> enterprises(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<org.partyregistry.enterprise.entity.Enterprise> found = new ArrayList<>();
        for (Long enterpriseId : new java.util.LinkedHashSet<>(ids)) {
            var enterprise = enterpriseId == null ? null
                    : em.find(org.partyregistry.enterprise.entity.Enterprise.class, enterpriseId);
            if (enterprise == null) {
                throw BusinessException.onField("enterpriseIds", "error.notFound", "Enterprise", enterpriseId);
            }
            found.add(enterprise);
        }
        return found;
    }

    @Transactional
    public OrganizationView update(long id, Update input) {
        Scope scope = currentUser.scope();
        Organization organization = get(id);
        scope.requireWrite(organization.getPath());
        if (input.version() == null) {
            throw BusinessException.onField("version", "error.versionRequired");
        }
        organization.checkVersion(input.version());
        Changes changes = Changes.of();
        LocalDate today = clock.today();
        if (input.name() != null && !input.name().strip().equals(organization.getName())) {
            requireUniqueAmongSiblings(organization.getParent(), input.name().strip(), organization.getId());
            String old = organization.rename(input.name());
            changes.change("name", old, organization.getName());
            event(organization, EventKind.RENAMED, today, old, organization.getName());
        }
        if (input.type() != null && input.type() != organization.getType()) {
            OrganizationType old = organization.getType();
            organization.retype(input.type(), childTypes(organization));
            changes.change("type", old, organization.getType());
            event(organization, EventKind.RETYPED, today, old.name(), organization.getType().name());
        }
        if (input.establishedOn() != null && !input.establishedOn().equals(organization.getEstablishedOn())) {
            LocalDate old = organization.getEstablishedOn();
            organization.correctEstablishedOn(input.establishedOn(), today);
            changes.change("establishedOn", old, organization.getEstablishedOn());
        }
        if (!changes.isEmpty()) {
            flushOrConflict(organization);
            audit.record(scope.username(), organization, "UPDATE", changes);
        }
        return OrganizationView.of(organization);
    }

    @Transactional
    public OrganizationView move(long id, Long parentId, Long version) {
        Scope scope = currentUser.scope();
        Organization organization = get(id);
        scope.requireRestructure(organization.getPath());
        if (version != null) {
            organization.checkVersion(version);
        }
        if (parentId == null) {
            throw BusinessException.onField("parentId", "organization.parentRequired", organization.getType());
        }
        Organization newParent = existing(parentId, "parentId");
        scope.requireWrite(newParent.getPath());
        Organization oldParent = organization.getParent();
        if (newParent.equals(oldParent)) {
            return OrganizationView.of(organization);
        }
        requireUniqueAmongSiblings(newParent, organization.getName(), organization.getId());
        moveWithDescendants(organization, newParent);
        audit.record(scope.username(), organization, "MOVE", Changes.of()
                .change("parentId", oldParent == null ? null : oldParent.getId(), newParent.getId()));
        return OrganizationView.of(organization);
    }

    @Transactional
    public OrganizationView dissolve(long id, LocalDate on, String reason) {
        Scope scope = currentUser.scope();
        Organization organization = get(id);
        scope.requireRestructure(organization.getPath());
        long activeChildren = em.createQuery(
                "SELECT COUNT(o) FROM Organization o WHERE o.parent = :parent AND o.status = :active", Long.class)
                .setParameter("parent", organization).setParameter("active", OrganizationStatus.ACTIVE)
                .getSingleResult();
        if (activeChildren > 0) {
            throw new BusinessException("organization.hasActiveChildren", activeChildren);
        }
        closing.fire(new OrganizationClosing(organization, null, on, scope.username()));
        organization.dissolve(on, reason, clock.today());
        closeOpenTerm(organization, on);
        event(organization, EventKind.DISSOLVED, on, null, organization.getDissolutionReason());
        flushOrConflict(organization);
        audit.record(scope.username(), organization, "DISSOLVE", Changes.of()
                .change("status", OrganizationStatus.ACTIVE, organization.getStatus())
                .set("dissolvedOn", on)
                .set("reason", organization.getDissolutionReason()));
        return OrganizationView.of(organization);
    }

    /** Merges {@code id} into {@code targetId}: its sub-organizations move to the target, it ends as MERGED. */
    @Transactional
    public OrganizationView merge(long id, Long targetId, LocalDate on) {
        Scope scope = currentUser.scope();
        Organization source = get(id);
        scope.requireRestructure(source.getPath());
        if (targetId == null) {
            throw BusinessException.onField("targetId", "organization.mergeSelf");
        }
        Organization target = existing(targetId, "targetId");
        scope.requireWrite(target.getPath());
        List<Organization> children = em.createQuery(
                "SELECT o FROM Organization o WHERE o.parent = :parent AND o.status = :active ORDER BY o.name",
                Organization.class)
                .setParameter("parent", source).setParameter("active", OrganizationStatus.ACTIVE).getResultList();
        source.mergeInto(target, on, clock.today());
        for (Organization child : children) {
            requireUniqueAmongSiblings(target, child.getName(), child.getId());
            moveWithDescendants(child, target);
        }
        closeOpenTerm(source, on);
        event(source, EventKind.MERGED_INTO, on, null, target.getName());
        event(target, EventKind.ABSORBED, on, null, source.getName());
        closing.fire(new OrganizationClosing(source, target, on, scope.username()));
        moveAccounts(source, target, scope.username());
        flushOrConflict(source);
        audit.record(scope.username(), source, "MERGE", Changes.of()
                .change("status", OrganizationStatus.ACTIVE, source.getStatus())
                .set("mergedIntoId", target.getId())
                .set("dissolvedOn", on)
                .set("movedChildren", children.size()));
        return OrganizationView.of(source);
    }

    /** Rule O13: the accounts bound to a merged organization follow it to the target, each one audited. */
    private void moveAccounts(Organization source, Organization target, String actor) {
        List<Long> accounts = em.createQuery(
                "SELECT u.id FROM UserAccount u WHERE u.organizationId = :source ORDER BY u.id", Long.class)
                .setParameter("source", source.getId()).getResultList();
        if (accounts.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE UserAccount u SET u.organizationId = :target WHERE u.organizationId = :source")
                .setParameter("target", target.getId()).setParameter("source", source.getId()).executeUpdate();
        for (Long account : accounts) {
            audit.record(actor, "UserAccount", account, "MERGE_MOVE", Changes.of()
                    .change("organizationId", source.getId(), target.getId()));
        }
    }

    @Transactional
    public OrganizationView view(long id) {
        Organization organization = get(id);
        currentUser.scope().requireRead(organization.getPath());
        return OrganizationView.of(organization);
    }

    /**
     * The organization a page opens on when none is named: the caller's own, or for committee staff and
     * administrators (bound to none) the zone's top organization; null when there is none yet.
     */
    @Transactional
    public Long homeOrganizationId() {
        Long own = currentUser.scope().organizationId();
        if (own != null) {
            return own;
        }
        return em.createQuery("""
                SELECT o.id FROM Organization o WHERE o.parent IS NULL AND o.status = :active ORDER BY o.id""",
                Long.class).setParameter("active", OrganizationStatus.ACTIVE).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
    }

    /** Every organization the caller may read, active ones only unless asked, parents before children. */
    @Transactional
    public List<OrganizationView> list(boolean includeInactive) {
        Scope scope = currentUser.scope();
        return em.createQuery("""
                SELECT DISTINCT o FROM Organization o LEFT JOIN FETCH o.parent LEFT JOIN FETCH o.enterprises
                WHERE o.path LIKE :prefix AND (:all = TRUE OR o.status = :active)
                ORDER BY o.path""", Organization.class)
                .setParameter("prefix", scope.pathPrefix() + "%")
                .setParameter("all", includeInactive)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .getResultStream().map(OrganizationView::of).toList();
    }

    @Transactional
    public List<OrganizationView> children(long id) {
        Organization organization = get(id);
        currentUser.scope().requireRead(organization.getPath());
        return em.createQuery("SELECT o FROM Organization o WHERE o.parent = :parent ORDER BY o.status, o.name",
                        Organization.class)
                .setParameter("parent", organization).getResultStream().map(OrganizationView::of).toList();
    }

    @Transactional
    public List<HistoryEntry> history(long id) {
        Organization organization = get(id);
        currentUser.scope().requireRead(organization.getPath());
        return em.createQuery("""
                SELECT e FROM OrganizationEvent e WHERE e.organization = :organization
                ORDER BY e.occurredOn DESC, e.id DESC""", OrganizationEvent.class)
                .setParameter("organization", organization).getResultStream().map(HistoryEntry::of).toList();
    }

    /** The tree rows in the caller's scope with each organization's current term state, as of today. */
    @Transactional
    public List<OrganizationNode> tree(boolean includeInactive) {
        Scope scope = currentUser.scope();
        String prefix = scope.pathPrefix() + "%";
        Map<Long, java.time.LocalDate> expiries = new HashMap<>();
        em.createQuery("""
                SELECT t.organization.id, t.expiresOn FROM Term t
                WHERE t.endedOn IS NULL AND t.organization.path LIKE :prefix""", Object[].class)
                .setParameter("prefix", prefix).getResultStream()
                .forEach(row -> expiries.put((Long) row[0], (LocalDate) row[1]));
        LocalDate today = clock.today();
        List<OrganizationNode> nodes = new ArrayList<>();
        em.createQuery("""
                SELECT o.id, o.name, o.type, p.id, o.status, o.establishedOn FROM Organization o LEFT JOIN o.parent p
                WHERE o.path LIKE :prefix AND (:all = TRUE OR o.status = :active)
                ORDER BY o.name""", Object[].class)
                .setParameter("prefix", prefix)
                .setParameter("all", includeInactive)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .getResultStream().forEach(row -> {
                    LocalDate expires = expiries.get((Long) row[0]);
                    OrganizationStatus status = (OrganizationStatus) row[4];
                    TermStatus termStatus = expires == null || status != OrganizationStatus.ACTIVE ? null
                            : TermStatus.of(expires, today);
                    nodes.add(new OrganizationNode((Long) row[0], (String) row[1], (OrganizationType) row[2],
                            (Long) row[3], status, (LocalDate) row[5], expires, termStatus));
                });
        return nodes;
    }

    /** Organizations the caller may place something under or merge into (active ones in scope). */
    @Transactional
    public List<OrganizationView> candidates() {
        return list(false);
    }

    Organization get(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("Organization", id);
        }
        return organization;
    }

    private Organization existing(Long id, String field) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw BusinessException.onField(field, "error.notFound", "Organization", id);
        }
        return organization;
    }

    private void requireUniqueAmongSiblings(Organization parent, String name, Long exceptId) {
        var query = em.createQuery("SELECT COUNT(o) FROM Organization o WHERE "
                + (parent == null ? "o.parent IS NULL" : "o.parent = :parent")
                + " AND o.name = :name AND o.status = :active AND o.id <> :except", Long.class)
                .setParameter("name", name)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .setParameter("except", exceptId == null ? -1L : exceptId);
        if (parent != null) {
            query.setParameter("parent", parent);
        }
        if (query.getSingleResult() > 0) {
            throw new ConflictException("name", "organization.duplicateName", name);
        }
    }

    private List<OrganizationType> childTypes(Organization organization) {
        return em.createQuery(
                "SELECT DISTINCT o.type FROM Organization o WHERE o.parent = :parent AND o.status = :active",
                OrganizationType.class)
                .setParameter("parent", organization).setParameter("active", OrganizationStatus.ACTIVE)
                .getResultList();
    }

    private void moveWithDescendants(Organization organization, Organization newParent) {
        String oldParentName = organization.getParent() == null ? null : organization.getParent().getName();
        String oldPath = organization.moveUnder(newParent);
        em.flush();
        em.createQuery("""
                UPDATE Organization o SET o.path = CONCAT(:newPrefix, SUBSTRING(o.path, :cut))
                WHERE o.path LIKE :oldPattern AND o.id <> :id""")
                .setParameter("newPrefix", organization.getPath())
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("oldPattern", oldPath + "%")
                .setParameter("id", organization.getId())
                .executeUpdate();
        event(organization, EventKind.MOVED, clock.today(), oldParentName, newParent.getName());
    }

    private void closeOpenTerm(Organization organization, LocalDate on) {
        em.createQuery("UPDATE Term t SET t.endedOn = :on WHERE t.organization = :organization AND t.endedOn IS NULL")
                .setParameter("on", on).setParameter("organization", organization).executeUpdate();
    }

    private void flushOrConflict(Organization organization) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new org.partyregistry.platform.StaleVersionException("Organization", organization.getId());
        }
    }

    void event(Organization organization, EventKind kind, LocalDate on, String oldValue, String newValue) {
        em.persist(new OrganizationEvent(organization, kind, on, oldValue, newValue, currentActor(),
                clock.nowUtc()));
    }

    private String currentActor() {
        return currentUser.scope().username();
    }

    /** Used by the term service: an organization the caller may write. */
    Organization writable(long id) {
        Organization organization = get(id);
        currentUser.scope().requireWrite(organization.getPath());
        return organization;
    }

    /** Latest term of an organization, or null. */
    Term latestTerm(Organization organization) {
        return em.createQuery(
                "SELECT t FROM Term t WHERE t.organization = :organization ORDER BY t.electedOn DESC", Term.class)
                .setParameter("organization", organization).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
    }
}
