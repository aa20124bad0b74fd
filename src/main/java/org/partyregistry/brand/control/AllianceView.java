package org.partyregistry.brand.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.brand.entity.Alliance;

/** An alliance as pages and REST show it, with the number of members current on {@code asOf} (rule B10). */
public record AllianceView(Long id, String name, Long leadOrganizationId, String leadOrganizationName,
                           LocalDate foundedOn, String description, LocalDate asOf, long currentMembers,
                           long jointActivities, long version) implements Serializable {

    static AllianceView of(Alliance a, LocalDate asOf, long currentMembers, long jointActivities) {
        return new AllianceView(a.getId(), a.getName(), a.getLeadOrganization().getId(),
                a.getLeadOrganization().getName(), a.getFoundedOn(), a.getDescription(), asOf, currentMembers,
                jointActivities, a.getVersion());
    }
}
