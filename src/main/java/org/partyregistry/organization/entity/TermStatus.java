package org.partyregistry.organization.entity;

import java.time.LocalDate;

/** Where a term stands on a date (rule O8). */
public enum TermStatus {
    CURRENT,
    DUE_IN_6_MONTHS,
    DUE_IN_1_MONTH,
    OVERDUE,
    ENDED;

    /** Rule O8 for an open term expiring on {@code expiresOn}, seen on {@code asOf}. */
    public static TermStatus of(LocalDate expiresOn, LocalDate asOf) {
        if (asOf.isAfter(expiresOn)) {
            return OVERDUE;
        }
        if (!asOf.isBefore(expiresOn.minusMonths(1))) {
            return DUE_IN_1_MONTH;
        }
        if (!asOf.isBefore(expiresOn.minusMonths(6))) {
            return DUE_IN_6_MONTHS;
        }
        return CURRENT;
    }

    public boolean needsAttention() {
        return this == DUE_IN_6_MONTHS || this == DUE_IN_1_MONTH || this == OVERDUE;
    }
}
