package org.partyregistry.activity.control;

import java.time.LocalDate;
import org.partyregistry.organization.entity.OrganizationType;

/** A query row (rule ACT16): an organization in a compliance report, with its place in the tree and its life. */
public record OrganizationLife(Long id, String name, OrganizationType type, Long parentId, String path,
                               LocalDate establishedOn, LocalDate dissolvedOn) {

    /** Rule ACT16: the organization existed on some day of {@code from..to} (dissolved on a day: gone that day). */
    boolean existedDuring(LocalDate from, LocalDate to) {
        return !establishedOn.isAfter(to) && (dissolvedOn == null || dissolvedOn.isAfter(from));
    }
}
