package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
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

    void event(Organization organization, EventKind kind, LocalDate on, String oldValue, String newValue) {
        em.persist(new OrganizationEvent(organization, kind, on, oldValue, newValue, currentActor(),
                clock.nowUtc()));
    }

    private String currentActor() {
        return currentUser.scope().username();
    }
}
