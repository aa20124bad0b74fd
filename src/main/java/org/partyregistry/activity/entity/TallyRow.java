package org.partyregistry.activity.entity;

/**
 * A row of the tally (rule ACT20): how many activities of a type an organization held in a period, and how many of
 * them are valid; {@code periodKey} is yyyymm for a month, yyyy for a year.
 */
public record TallyRow(Long organizationId, String activityType, Integer periodKey, Integer held, Integer valid) {

    /** The name of the native result mapping on {@link Activity}. */
    public static final String MAPPING = "TallyRow";

    public ActivityType type() {
        return ActivityType.valueOf(activityType);
    }

    public boolean isYear() {
        return periodKey < 10000;
    }
}
