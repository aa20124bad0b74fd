package org.partyregistry.dues.control;

import java.math.BigDecimal;

/** What the months of a report add up to. */
public record MonthSums(BigDecimal expected, BigDecimal collected) {
}
