package org.partyregistry.member.entity;

/**
 * A seat on an organization's committee for a term (rule M18): at most one secretary, two deputy secretaries and
 * one each of the organization, publicity and discipline portfolios; any number of committee members without a
 * portfolio, within the term's seats.
 */
public enum Seat {
    SECRETARY(1),
    DEPUTY_SECRETARY(2),
    ORGANIZATION(1),
    PUBLICITY(1),
    DISCIPLINE(1),
    COMMITTEE_MEMBER(Integer.MAX_VALUE);

    private final int limit;

    Seat(int limit) {
        this.limit = limit;
    }

    /** How many holders this seat may have in one committee. */
    public int limit() {
        return limit;
    }
}
