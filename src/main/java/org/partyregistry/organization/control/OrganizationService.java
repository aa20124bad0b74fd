package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.organization.entity.EventKind;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationEvent;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
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
    Organizations organizations;

    @Inject
    OrganizationChanges changes;

    @Transactional
    public OrganizationView found(NewOrganization input) {
        Scope scope = currentUser.scope();
        Organization parent = input.parentId() == null ? null : organizations.named(input.parentId(), "parentId");
        if (parent == null) {
            scope.requireReferenceWrite();
        } else {
            scope.requireWrite(parent.getPath());
        }
        Organization organization = new Organization(input.name(), input.type(), parent, input.establishedOn(),
                clock.today());
        organization.formIn(enterprises(input.enterpriseIds()));
        changes.requireUniqueAmongSiblings(parent, organization.getName(), null);
        em.persist(organization);
        organization.anchor();
        changes.event(organization, EventKind.FOUNDED, organization.getEstablishedOn(), null, organization.getName());
        changes.coverageFollows(changes.linkedEver(organization));
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
        Organization organization = organizations.writable(id);
        List<Long> old = OrganizationView.of(organization).enterpriseIds();
        LocalDate today = clock.today();
        LocalDate from = on == null ? today : on;
        // a link made and ended on one day is removed: its enterprise is touched all the same
        java.util.Set<Long> touched = changes.linkedEver(organization);
        if (organization.relink(enterprises(enterpriseIds), from, today)) {
            List<Long> now = OrganizationView.of(organization).enterpriseIds();
            em.lock(organization, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            changes.flushOrConflict(organization);
            touched.addAll(changes.linkedEver(organization));
            changes.coverageFollows(touched);
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
        Organization organization = organizations.writable(id);
        if (input.version() == null) {
            throw BusinessException.onField("version", "error.versionRequired");
        }
        organization.checkVersion(input.version());
        Changes changed = Changes.of();
        LocalDate today = clock.today();
        if (input.name() != null && !input.name().strip().equals(organization.getName())) {
            changes.requireUniqueAmongSiblings(organization.getParent(), input.name().strip(), organization.getId());
            String old = organization.rename(input.name());
            changed.change("name", old, organization.getName());
            changes.event(organization, EventKind.RENAMED, today, old, organization.getName());
        }
        if (input.type() != null && input.type() != organization.getType()) {
            OrganizationType old = organization.getType();
            organization.retype(input.type(), childTypes(organization));
            changed.change("type", old, organization.getType());
            changes.event(organization, EventKind.RETYPED, today, old.name(), organization.getType().name());
        }
        if (input.establishedOn() != null && !input.establishedOn().equals(organization.getEstablishedOn())) {
            LocalDate old = organization.getEstablishedOn();
            organization.correctEstablishedOn(input.establishedOn(), today);
            changes.announce(organization);
            changed.change("establishedOn", old, organization.getEstablishedOn());
        }
        if (!changed.isEmpty()) {
            changes.flushOrConflict(organization);
            changes.coverageFollows(changes.linkedEver(organization));
            audit.record(scope.username(), organization, "UPDATE", changed);
        }
        return OrganizationView.of(organization);
    }

    @Transactional
    public OrganizationView move(long id, Long parentId, Long version) {
        Scope scope = currentUser.scope();
        Organization organization = organizations.require(id);
        scope.requireRestructure(organization.getPath());
        if (version != null) {
            organization.checkVersion(version);
        }
        if (parentId == null) {
            throw BusinessException.onField("parentId", "organization.parentRequired", organization.getType());
        }
        Organization newParent = organizations.named(parentId, "parentId");
        scope.requireWrite(newParent.getPath());
        Organization oldParent = organization.getParent();
        if (newParent.equals(oldParent)) {
            return OrganizationView.of(organization);
        }
        changes.requireUniqueAmongSiblings(newParent, organization.getName(), organization.getId());
        changes.moveWithDescendants(organization, newParent);
        audit.record(scope.username(), organization, "MOVE", Changes.of()
                .change("parentId", oldParent == null ? null : oldParent.getId(), newParent.getId()));
        return OrganizationView.of(organization);
    }

    @Transactional
    public OrganizationView view(long id) {
        Organization organization = organizations.readable(id);
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
        Organization organization = organizations.readable(id);
        return em.createQuery("SELECT o FROM Organization o WHERE o.parent = :parent ORDER BY o.status, o.name",
                        Organization.class)
                .setParameter("parent", organization).getResultStream().map(OrganizationView::of).toList();
    }

    @Transactional
    public List<HistoryEntry> history(long id) {
        Organization organization = organizations.readable(id);
        return em.createQuery("""
                SELECT e FROM OrganizationEvent e WHERE e.organization = :organization
                ORDER BY e.occurredOn DESC, e.id DESC""", OrganizationEvent.class)
                .setParameter("organization", organization).getResultStream().map(HistoryEntry::of).toList();
    }


    /**
     * The home page's figures: the active organizations in the caller's scope by type, in one aggregate statement
     * (the page read every row of the tree before).
     */
    @Transactional
    public List<TypeCount> counts() {
        return em.createQuery("""
                SELECT NEW org.partyregistry.organization.control.TypeCount(o.type, COUNT(o))
                FROM Organization o WHERE o.path LIKE :prefix AND o.status = :active
                GROUP BY o.type""", TypeCount.class)
                .setParameter("prefix", currentUser.scope().pathPrefix() + "%")
                .setParameter("active", OrganizationStatus.ACTIVE)
                .getResultList();
    }

    /** Organizations the caller may place something under or merge into (active ones in scope). */
    @Transactional
    public List<OrganizationView> candidates() {
        return list(false);
    }

    private List<OrganizationType> childTypes(Organization organization) {
        return em.createQuery(
                "SELECT DISTINCT o.type FROM Organization o WHERE o.parent = :parent AND o.status = :active",
                OrganizationType.class)
                .setParameter("parent", organization).setParameter("active", OrganizationStatus.ACTIVE)
                .getResultList();
    }
}
