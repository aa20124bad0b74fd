package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.partyregistry.activity.entity.ActivityRequirement;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Rule ACT7: how often each organization type must hold each activity type; read by all, changed by staff. */
@ApplicationScoped
public class RequirementService {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    ComplianceMarks marks;

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
        if (old != frequency) {
            marks.requirementChanged();
        }
        audit.record(scope.username(), requirement, existing.isEmpty() ? "CREATE" : "UPDATE", Changes.of()
                .set("organizationType", organizationType)
                .set("activityType", activityType)
                .change("frequency", old, frequency));
        return requirement.getFrequency();
    }
}
