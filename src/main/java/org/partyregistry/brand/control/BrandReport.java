package org.partyregistry.brand.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A brand's record over a period (rule B6): activities and present marks per month, the organizations that held the
 * activities, the enterprises those organizations are formed in, and the totals. Organizations outside the caller's
 * scope appear only summed in one row without id or name (rule B12); {@code organizationsReached} counts them all.
 */
public record BrandReport(Long brandId, String brand, String organizationName, LocalDate from, LocalDate to,
                          List<Month> months, List<OrganizationReached> organizations, long organizationsReached,
                          List<EnterpriseReached> enterprises, long activities, long present, long membersPresent)
                                  implements Serializable {

    /** One calendar month ({@code YYYY-MM}). */
    public record Month(String month, long activities, long present) implements Serializable {
    }

    /** One organization, or (id and name null) all organizations outside the caller's scope together. */
    public record OrganizationReached(Long organizationId, String name, long activities, long present)
            implements Serializable {
    }

    public record EnterpriseReached(Long enterpriseId, String name, String park) implements Serializable {
    }
}
