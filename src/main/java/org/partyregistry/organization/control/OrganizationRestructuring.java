package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.organization.entity.EventKind;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Closing an organization (rules O5, O13): dissolving it, or merging it into another, which takes over its
 * sub-organizations, members (through {@link OrganizationClosing}) and accounts. Each one transaction checked
 * against the restructuring scope.
 */
@ApplicationScoped
public class OrganizationRestructuring {

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

    @Inject
    Event<OrganizationClosing> closing;

    @Transactional
    public OrganizationView dissolve(long id, LocalDate on, String reason) {
        Scope scope = currentUser.scope();
        Organization organization = organizations.require(id);
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
        changes.event(organization, EventKind.DISSOLVED, on, null, organization.getDissolutionReason());
        changes.flushOrConflict(organization);
        changes.coverageFollows(changes.linkedEver(organization));
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
        Organization source = organizations.require(id);
        scope.requireRestructure(source.getPath());
        if (targetId == null) {
            throw BusinessException.onField("targetId", "organization.mergeSelf");
        }
        Organization target = organizations.named(targetId, "targetId");
        scope.requireWrite(target.getPath());
        List<Organization> children = em.createQuery(
                "SELECT o FROM Organization o WHERE o.parent = :parent AND o.status = :active ORDER BY o.name",
                Organization.class)
                .setParameter("parent", source).setParameter("active", OrganizationStatus.ACTIVE).getResultList();
        source.mergeInto(target, on, clock.today());
        for (Organization child : children) {
            changes.requireUniqueAmongSiblings(target, child.getName(), child.getId());
            changes.moveWithDescendants(child, target);
        }
        closeOpenTerm(source, on);
        changes.event(source, EventKind.MERGED_INTO, on, null, target.getName());
        changes.event(target, EventKind.ABSORBED, on, null, source.getName());
        closing.fire(new OrganizationClosing(source, target, on, scope.username()));
        moveAccounts(source, target, scope.username());
        changes.announceAbove(source);
        changes.announceAbove(target);
        changes.flushOrConflict(source);
        java.util.Set<Long> touched = changes.linkedEver(source);
        touched.addAll(changes.linkedEver(target));
        changes.coverageFollows(touched);
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


    private void closeOpenTerm(Organization organization, LocalDate on) {
        em.createQuery("UPDATE Term t SET t.endedOn = :on WHERE t.organization = :organization AND t.endedOn IS NULL")
                .setParameter("on", on).setParameter("organization", organization).executeUpdate();
    }
}
