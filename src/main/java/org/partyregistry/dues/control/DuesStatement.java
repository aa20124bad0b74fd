package org.partyregistry.dues.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * The yearly statement a branch publishes to its members: per member the months owed and paid in the year and the
 * amounts, with the report's totals.
 */
public record DuesStatement(DuesReport report, List<Line> lines) {

    public record Line(long memberId, String name, String organizationName, long monthsOwed, long monthsPaid,
                       BigDecimal expected, BigDecimal collected, BigDecimal outstanding) {
    }
}
