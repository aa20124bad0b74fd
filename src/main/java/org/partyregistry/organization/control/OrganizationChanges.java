package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.partyregistry.enterprise.control.CoveragePeriods;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.partyregistry.organization.entity.EventKind;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationPath;
import org.partyregistry.organization.entity.OrganizationEvent;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.StaleVersionException;
import org.partyregistry.security.CurrentUser;

/** The steps the organization use cases share: history events, sibling names (rule O3), moving a subtree. */
@ApplicationScoped
public class OrganizationChanges {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    CoveragePeriods coverage;

    @Inject
    Event<OrganizationsChanged> changed;

    /** Rule E8: the enterprises the organization has ever been linked to (its dated links, open or ended). */
    Set<Long> linkedEver(Organization organization) {
        Set<Long> ids = new HashSet<>();
        organization.getEnterpriseLinks().forEach(link -> ids.add(link.getEnterpriseId()));
        return ids;
    }

    /**
     * Rule E11: the coverage periods of the enterprises an organization's change touches follow it, in the write's
     * transaction (after the organization's own rows are flushed).
     */
    void coverageFollows(Set<Long> enterpriseIds) {
        coverage.refresh(enterpriseIds);
    }

    void requireUniqueAmongSiblings(Organization parent, String name, Long exceptId) {
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


    void moveWithDescendants(Organization organization, Organization newParent) {
        String oldParentName = organization.getParent() == null ? null : organization.getParent().getName();
        String oldPath = organization.moveUnder(newParent);
        Set<Long> above = new HashSet<>(OrganizationPath.ids(oldPath));
        above.addAll(OrganizationPath.ids(organization.getPath()));
        changed.fire(new OrganizationsChanged(above));
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


    void flushOrConflict(Organization organization) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Organization", organization.getId());
        }
    }

    /** Announces a change of the organization's own facts (and so of its parent's sub-organizations). */
    void announce(Organization organization) {
        Set<Long> ids = new HashSet<>();
        ids.add(organization.getId());
        if (organization.getParent() != null) {
            ids.add(organization.getParent().getId());
        }
        changed.fire(new OrganizationsChanged(ids));
    }

    /**
     * Announces a change of the members counted under the organization and every organization above it (a merge
     * moves the source's members to the target).
     */
    void announceAbove(Organization organization) {
        changed.fire(new OrganizationsChanged(new HashSet<>(OrganizationPath.ids(organization.getPath()))));
    }

    /** Every change of an organization with a history event is recorded here, and announced. */
    void event(Organization organization, EventKind kind, LocalDate on, String oldValue, String newValue) {
        announce(organization);
        em.persist(new OrganizationEvent(organization, kind, on, oldValue, newValue, currentActor(),
                clock.nowUtc()));
    }

    private String currentActor() {
        return currentUser.scope().username();
    }
}
