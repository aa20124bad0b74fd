package org.partyregistry.dues.control;

import java.time.LocalDate;

/** A month paid by a payment (a typed query row: {@code SELECT NEW}). */
public record PaidMonth(Long paymentId, LocalDate monthStart) {
}
