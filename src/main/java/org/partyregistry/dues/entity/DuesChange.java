package org.partyregistry.dues.entity;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A change to a year's fixed amount from {@code from} to December (rule D5): the new category and income, the
 * standard amount they give, the amount now paid, why, and the committee's approval when it is a reduction.
 */
public record DuesChange(YearMonth from, DuesCategory category, BigDecimal income, BigDecimal standardMonthly,
                         BigDecimal monthly, String reason, CommitteeApproval approval) {
}
