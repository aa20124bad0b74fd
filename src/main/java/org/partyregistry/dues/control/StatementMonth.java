package org.partyregistry.dues.control;

import java.math.BigDecimal;

/** One month a member owes in a statement, with the organization the member belongs to now. */
public record StatementMonth(Long memberId, String name, String organizationName, BigDecimal due, BigDecimal paid) {
}
