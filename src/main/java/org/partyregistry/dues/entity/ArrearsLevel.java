package org.partyregistry.dues.entity;

/** How far behind a member is with dues (rule D8). */
public enum ArrearsLevel {
    NONE,
    /** 3 to 5 months in a row unpaid: remind the member. */
    REMINDER,
    /** 6 months or more in a row unpaid: the Party Constitution treats this, without good reason, as leaving. */
    ALERT;

    public static final int REMINDER_MONTHS = 3;
    public static final int ALERT_MONTHS = 6;

    public static ArrearsLevel of(int monthsUnpaid) {
        if (monthsUnpaid >= ALERT_MONTHS) {
            return ALERT;
        }
        if (monthsUnpaid >= REMINDER_MONTHS) {
            return REMINDER;
        }
        return NONE;
    }
}
