package org.partyregistry.organization.control;

import java.time.LocalDate;

/** When an organization's open term expires (a typed row: {@code SELECT NEW}). */
public record OpenTermExpiry(Long organizationId, LocalDate expiresOn) {
}
