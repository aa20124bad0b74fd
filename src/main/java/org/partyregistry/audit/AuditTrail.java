package org.partyregistry.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.ChinaClock;

/**
 * Writes audit entries inside the caller's transaction (rule A1): a service records its write here after the
 * change, so both commit or neither does.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    ChinaClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, BaseEntity entity, String action, Changes changes) {
        record(actor, entity.getClass().getSimpleName(), entity.getId(), action, changes);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String entityType, Long entityId, String action, Changes changes) {
        em.persist(new AuditEntry(clock.nowUtc(), actor, entityType, entityId, action,
                changes == null || changes.isEmpty() ? null : changes.toJson()));
    }
}
