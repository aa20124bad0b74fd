package org.partyregistry.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import org.partyregistry.platform.ForbiddenException;

/** The signed-in caller of this request and their data scope, looked up once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    private Scope scope;

    public Scope scope() {
        if (scope == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new ForbiddenException();
            }
            List<?> rows = em.createNativeQuery("""
                    SELECT u.role, o.id, o.path FROM user_account u LEFT JOIN organization o ON o.id = u.organization_id
                    WHERE u.username = ? AND u.enabled = TRUE""")
                    .setParameter(1, principal.getName())
                    .getResultList();
            if (rows.isEmpty()) {
                throw new ForbiddenException();
            }
            Object[] row = (Object[]) rows.get(0);
            scope = new Scope(principal.getName(), Role.valueOf((String) row[0]),
                    row[1] == null ? null : ((Number) row[1]).longValue(), (String) row[2]);
        }
        return scope;
    }

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String username() {
        return scope().username();
    }
}
