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
            @SuppressWarnings("unchecked")
            List<CallerRow> rows = em.createNativeQuery("""
                    SELECT u.role AS "role", o.id AS "organization_id", o.path AS "path"
                    FROM user_account u LEFT JOIN organization o ON o.id = u.organization_id
                    WHERE u.username = ? AND u.enabled = TRUE""", "CallerRow")
                    .setParameter(1, name)
                    .getResultList();
            if (rows.isEmpty()) {
                throw new ForbiddenException();
            }
            CallerRow row = rows.get(0);
            scope = new Scope(name, Role.valueOf(row.role()), row.organizationId(), row.path());
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
