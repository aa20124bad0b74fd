package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;

/**
 * The one place an organization is looked up by id: unknown ids answer {@code 404} (or a field error when the id
 * came in a form), and the readable/writable forms check the caller's data scope (rule S1) in the same step.
 */
@ApplicationScoped
public class Organizations {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The organization, or {@code 404}; the caller checks the scope the use case needs. */
    public Organization require(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("Organization", id);
        }
        return organization;
    }

    /** The organization, which the caller may read; else {@code 404} or {@code 403}. */
    public Organization readable(long id) {
        Organization organization = require(id);
        currentUser.scope().requireRead(organization.getPath());
        return organization;
    }

    /** The organization, which the caller may write; else {@code 404} or {@code 403}. */
    public Organization writable(long id) {
        Organization organization = require(id);
        currentUser.scope().requireWrite(organization.getPath());
        return organization;
    }

    /** An organization named by an input field: an unknown id is that field's error ({@code 400}), no scope check. */
    public Organization named(long id, String field) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw BusinessException.onField(field, "error.notFound", "Organization", id);
        }
        return organization;
    }
}
