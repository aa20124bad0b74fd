package org.partyregistry.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;

/**
 * Writes pending changes now, inside the service, so what the database refuses is answered as a refusal rather
 * than failing the commit after the service has returned (a 500).
 */
public final class Flush {

    private Flush() {
    }

    /**
     * Flushes; a unique key the database enforced becomes {@code onDuplicate} (another request raced past the
     * service's own check), any other refusal of the input its {@link Refusal}.
     */
    public static void orConflict(EntityManager em, Supplier<? extends BusinessException> onDuplicate) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            BusinessException refusal = Refusal.find(e);
            if (refusal instanceof ConflictException) {
                throw onDuplicate.get();
            }
            if (refusal != null) {
                throw refusal;
            }
            throw e;
        }
    }

    /** Flushes; what the database refuses because of the input becomes its {@link Refusal} (409 or 400). */
    public static void checked(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            BusinessException refusal = Refusal.find(e);
            if (refusal != null) {
                throw refusal;
            }
            throw e;
        }
    }
}
