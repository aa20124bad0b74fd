package org.partyregistry.dues.control;

/** How many members are behind with dues (rule D8), and how many of them 6 months or more. */
public record ArrearsCounts(long behind, long alerts) implements java.io.Serializable {

    /** Those 3 to 5 months behind. */
    public long reminders() {
        return behind - alerts;
    }
}
