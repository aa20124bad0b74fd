package org.partyregistry.activity.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How often an activity is required (rule ACT7), and how many whole periods a date range holds. */
public enum Frequency {
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12),
    NONE(0);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /**
     * Rule ACT7: the number of whole calendar months, quarters or years that lie inside {@code from..to} (both
     * days included); 0 for {@link #NONE} or an empty range.
     */
    public int periodsWithin(LocalDate from, LocalDate to) {
        if (this == NONE || from == null || to == null || to.isBefore(from)) {
            return 0;
        }
        LocalDate start = from.withDayOfMonth(1);
        int offset = (start.getMonthValue() - 1) % months;
        if (offset != 0) {
            start = start.plusMonths(months - offset);
        }
        if (start.isBefore(from)) {
            start = start.plusMonths(months);
        }
        long whole = ChronoUnit.MONTHS.between(start, to.plusDays(1));
        return whole <= 0 ? 0 : (int) (whole / months);
    }
}
