package org.partyregistry.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.SummaryCheck;

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
    /**
     * A summary rebuilt from the facts (administrators): checked before and after, the rebuild audited under
     * {@code summary} with the rows before and after and the differences it found.
     */
    public SummaryCheck rebuilt(String actor, String summary, Supplier<SummaryCheck> check, Runnable rebuild) {
        SummaryCheck before = check.get();
        rebuild.run();
        SummaryCheck after = check.get();
        record(actor, summary, null, "REBUILD", Changes.of().change("rows", before.rows(), after.rows())
                .change("differences", before.differences(), after.differences()));
        return after;
    }

    public void record(String actor, String entityType, Long entityId, String action, Changes changes) {
        em.persist(new AuditEntry(clock.nowUtc(), actor, entityType, entityId, action,
                changes == null || changes.isEmpty() ? null : changes.toJson()));
    }
}
