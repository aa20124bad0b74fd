package org.partyregistry.organization.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;

/** An organization as pages and REST show it. */
public record OrganizationView(Long id, String name, OrganizationType type, Long parentId, String parentName,
                               LocalDate establishedOn, LocalDate dissolvedOn, String dissolutionReason,
                               OrganizationStatus status, Long mergedIntoId, long version,
                               List<Long> enterpriseIds) implements Serializable {

    public static OrganizationView of(Organization o) {
        Organization parent = o.getParent();
        return new OrganizationView(o.getId(), o.getName(), o.getType(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName(), o.getEstablishedOn(), o.getDissolvedOn(),
                o.getDissolutionReason(), o.getStatus(), o.getMergedInto() == null ? null : o.getMergedInto().getId(),
                o.getVersion(), o.getEnterprises().stream().map(org.partyregistry.enterprise.entity.Enterprise::getId)
                        .sorted().toList());
    }

    public boolean active() {
        return status == OrganizationStatus.ACTIVE;
    }
}
