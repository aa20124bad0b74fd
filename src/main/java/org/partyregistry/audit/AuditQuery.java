package org.partyregistry.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ForbiddenException;

/** Reads the audit trail, newest first, filtered and paged (rule A3: administrators only). */
@ApplicationScoped
public class AuditQuery {

    public record Filter(String entityType, Long entityId, String actor, String action, LocalDate from,
                         LocalDate to) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    jakarta.security.enterprise.SecurityContext securityContext;

    /** Rule A3 (role name as in web.xml; the audit feature does not depend on the accounts feature). */
    private void requireAdmin() {
        if (!securityContext.isCallerInRole("ADMIN")) {
            throw new ForbiddenException();
        }
    }

    @Transactional
    public List<AuditView> find(Filter filter, int first, int max) {
        requireAdmin();
        TypedQuery<AuditEntry> query = em.createQuery("SELECT a FROM AuditEntry a" + where(filter)
                + " ORDER BY a.occurredAtUtc DESC, a.id DESC", AuditEntry.class);
        bind(filter).forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultStream().map(AuditView::of).toList();
    }

    @Transactional
    public long count(Filter filter) {
        requireAdmin();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where(filter), Long.class);
        bind(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Transactional
    public List<String> entityTypes() {
        requireAdmin();
        return em.createQuery("SELECT DISTINCT a.entityType FROM AuditEntry a ORDER BY a.entityType", String.class)
                .getResultList();
    }

    private static String where(Filter f) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (present(f.entityType())) {
            where.append(" AND a.entityType = :entityType");
        }
        if (f.entityId() != null) {
            where.append(" AND a.entityId = :entityId");
        }
        if (present(f.actor())) {
            where.append(" AND a.actor = :actor");
        }
        if (present(f.action())) {
            where.append(" AND a.action = :action");
        }
        if (f.from() != null) {
            where.append(" AND a.occurredAtUtc >= :from");
        }
        if (f.to() != null) {
            where.append(" AND a.occurredAtUtc < :to");
        }
        return where.toString();
    }

    private static Map<String, Object> bind(Filter f) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (present(f.entityType())) {
            parameters.put("entityType", f.entityType().trim());
        }
        if (f.entityId() != null) {
            parameters.put("entityId", f.entityId());
        }
        if (present(f.actor())) {
            parameters.put("actor", f.actor().trim());
        }
        if (present(f.action())) {
            parameters.put("action", f.action().trim());
        }
        if (f.from() != null) {
            parameters.put("from", f.from().atStartOfDay(ChinaClock.ZONE).withZoneSameInstant(java.time.ZoneOffset.UTC)
                    .toLocalDateTime());
        }
        if (f.to() != null) {
            parameters.put("to", f.to().plusDays(1).atStartOfDay(ChinaClock.ZONE)
                    .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime());
        }
        return parameters;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
