package org.partyregistry.organization.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;

/**
 * An organization of the tree as the query reads it (a typed row: {@code SELECT NEW}); a lazy table's page of them
 * is kept in the view, so it is serializable.
 */
public record TreeRow(Long id, String name, OrganizationType type, Long parentId, OrganizationStatus status,
                      LocalDate establishedOn) implements Serializable {
}
