package org.partyregistry.organization.control;

import java.util.List;

/** The active organizations in a scope by type, and how many that elect a committee have no term on record. */
public record OrganizationCounts(List<TypeCount> byType, long termMissing) {
}
