package org.partyregistry.dues.control;

import java.time.LocalDate;

/** A member's latest (or earliest) month on record, as a query aggregates it. */
public record MemberMonth(Long memberId, LocalDate monthStart) {
}
