package org.partyregistry.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import org.partyregistry.platform.ForbiddenException;

/**
 * The signed-in caller of this request and their data scope, looked up once per request. Start-up work has no
 * request: {@link RunAs} names the account it runs as, looked up and checked the same way (rule S7).
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    private Scope scope;

    /** The account named by {@link RunAs} for start-up work in this context, or null for the signed-in caller. */
    private String runningAs;

    public Scope scope() {
        if (scope == null) {
            String name = runningAs != null ? runningAs : callerName();
            if (name == null) {
                throw new ForbiddenException();
            }
            List<?> rows = em.createNativeQuery("""
                    SELECT u.role, o.id, o.path FROM user_account u LEFT JOIN organization o ON o.id = u.organization_id
                    WHERE u.username = ? AND u.enabled = TRUE""")
                    .setParameter(1, name)
                    .getResultList();
            if (rows.isEmpty()) {
                throw new ForbiddenException();
            }
            Object[] row = (Object[]) rows.get(0);
            scope = new Scope(name, Role.valueOf((String) row[0]),
                    row[1] == null ? null : ((Number) row[1]).longValue(), (String) row[2]);
        }
        return scope;
    }

    public boolean isSignedIn() {
        return runningAs != null || callerName() != null;
    }

    private String callerName() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** Only {@link RunAs}: from now on (null: no longer) this context's caller is the named account. */
    void runAs(String username) {
        runningAs = username;
        scope = null;
    }

    public String username() {
        return scope().username();
    }
}
