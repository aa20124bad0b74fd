package org.partyregistry.organization.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.TermStatus;

/** One row of the organization tree, with the state of its current term. */
public record OrganizationNode(Long id, String name, OrganizationType type, Long parentId, OrganizationStatus status,
                               LocalDate establishedOn, LocalDate termExpiresOn, TermStatus termStatus)
                                       implements Serializable {

    public boolean active() {
        return status == OrganizationStatus.ACTIVE;
    }

    /** A type that elects a committee but has no term on record. */
    public boolean termMissing() {
        return active() && type.hasTerms() && termExpiresOn == null;
    }
}
