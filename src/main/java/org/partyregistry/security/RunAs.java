package org.partyregistry.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;

/**
 * Rule S7: start-up work (the demo data) runs as a named, enabled account, through the same services as a user's
 * input: the services learn the caller from {@link CurrentUser}, which answers with that account's role and scope
 * as if it had signed in, so every check applies. Each run leaves an audit entry by the account, naming what ran.
 */
@ApplicationScoped
public class RunAs {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /**
     * Runs {@code work} as the account {@code username} in the caller's transaction (or a new one); refuses (403)
     * when there is no such enabled account, before anything runs.
     */
    @ActivateRequestContext
    @Transactional
    public <T> T call(String username, String purpose, Supplier<T> work) {
        currentUser.runAs(username);
        try {
            Scope scope = currentUser.scope();
            UserAccount account = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name",
                    UserAccount.class).setParameter("name", scope.username()).getSingleResult();
            audit.record(scope.username(), account, "RUN_AS", Changes.of().set("purpose", purpose)
                    .set("role", scope.role()));
            return work.get();
        } finally {
            currentUser.runAs(null);
        }
    }

    /** {@link #call} for work without a result. */
    @ActivateRequestContext
    @Transactional
    public void run(String username, String purpose, Runnable work) {
        call(username, purpose, () -> {
            work.run();
            return null;
        });
    }
}
