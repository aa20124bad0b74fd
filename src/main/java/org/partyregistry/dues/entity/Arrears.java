package org.partyregistry.dues.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A member's arrears on a date (rule D8): the months in a row left unpaid up to the last complete month, the first
 * of them ({@code null} when none) and the level that gives.
 */
public record Arrears(LocalDate asOf, int monthsUnpaid, YearMonth unpaidSince, ArrearsLevel level) {

    /**
     * Rule D8 from two facts a query can give: the first month owed (the month of admission) and the latest month
     * paid up to the last complete month before {@code asOf} ({@code null} when none): every month after it, and
     * not before admission, up to that last complete month is unpaid.
     */
    public static Arrears of(LocalDate asOf, YearMonth firstPayableMonth, YearMonth lastPaidMonth) {
        YearMonth lastComplete = YearMonth.from(asOf).minusMonths(1);
        if (lastPaidMonth != null && lastPaidMonth.isAfter(lastComplete)) {
            throw new IllegalArgumentException(lastPaidMonth + " is after " + lastComplete);
        }
        YearMonth since = lastPaidMonth == null || lastPaidMonth.isBefore(firstPayableMonth) ? firstPayableMonth
                : lastPaidMonth.plusMonths(1);
        int unpaid = since.isAfter(lastComplete) ? 0 : (int) ChronoUnit.MONTHS.between(since, lastComplete) + 1;
        return new Arrears(asOf, unpaid, unpaid == 0 ? null : since, ArrearsLevel.of(unpaid));
    }
}
