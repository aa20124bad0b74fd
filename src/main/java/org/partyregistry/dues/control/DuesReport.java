package org.partyregistry.dues.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Dues of an organization (and those below it) for a year, in yuan: {@code expected} is what the fixed amounts of
 * the months owed in the year add up to, {@code collected} what has been paid for them, {@code outstanding} the
 * difference; {@code membersInArrears} counts members 3 months or more behind on {@code asOf} (rule D8): today, or
 * the first day after the year when the year is over.
 */
public record DuesReport(long organizationId, String organizationName, int year, LocalDate asOf,
                         BigDecimal expected, BigDecimal collected, BigDecimal outstanding, long membersInArrears)
        implements Serializable {
}
