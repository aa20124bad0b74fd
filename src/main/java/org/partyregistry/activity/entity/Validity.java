package org.partyregistry.activity.entity;

import java.util.Collection;

/**
 * Whether a held activity counts (rules ACT4-ACT6): {@code reason} is a message key, null when valid;
 * {@code present} and {@code required} are the quorum figures (present, and the size it is measured against), null
 * for types without a quorum.
 */
public record Validity(boolean valid, String reason, Integer present, Integer base) {

    public static final String NO_QUORUM = "activity.invalid.quorum";
    public static final String NO_COMMITTEE = "activity.invalid.noCommittee";
    public static final String COMMITTEE_NOT_RECORDED = "activity.invalid.committeeNotRecorded";

    /**
     * @param roll       the organization's members on the date
     * @param present    ids of the members recorded present
     * @param seats      the seats of the term in office on the date, null without one
     * @param seatHolders the members holding a seat on that term's committee, empty when not recorded (then a committee
     *                    meeting is kept but invalid: the committee was not recorded)
     */
    public static Validity of(ActivityType type, Roll roll, Collection<Long> present, Integer seats,
                              Collection<Long> seatHolders) {
        return switch (type) {
            case BRANCH_GENERAL_MEETING -> {
                int voters = roll.votingCount();
                int there = (int) present.stream().filter(roll::isVoting).count();
                yield quorum(there, voters);
            }
            case BRANCH_COMMITTEE_MEETING -> {
                if (seats == null || seats < 1) {
                    yield new Validity(false, NO_COMMITTEE, present.size(), null);
                }
                if (seatHolders == null || seatHolders.isEmpty()) {
                    yield new Validity(false, COMMITTEE_NOT_RECORDED, present.size(), seats);
                }
                int there = (int) present.stream().filter(seatHolders::contains).count();
                yield quorum(there, seats);
            }
            default -> new Validity(true, null, null, null);
        };
    }

    /** More than half: exactly half is not enough, and nobody to count makes no quorum. */
    static Validity quorum(int present, int base) {
        boolean met = base > 0 && present * 2 > base;
        return new Validity(met, met ? null : NO_QUORUM, present, base);
    }
}
