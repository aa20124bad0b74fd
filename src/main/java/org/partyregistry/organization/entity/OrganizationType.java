package org.partyregistry.organization.entity;

/** The levels of the tree, from the zone's working committee down to party groups (rule O1, O6). */
public enum OrganizationType {
    WORKING_COMMITTEE,
    COMMITTEE,
    GENERAL_BRANCH,
    BRANCH,
    JOINT_BRANCH,
    GROUP;

    /** Rule O1: may an organization of this type sit directly under one of {@code parent} type? */
    public boolean mayBeUnder(OrganizationType parent) {
        if (parent == null) {
            return this == WORKING_COMMITTEE;
        }
        return switch (this) {
            case WORKING_COMMITTEE -> false;
            case COMMITTEE, GENERAL_BRANCH -> parent == WORKING_COMMITTEE || parent == COMMITTEE;
            case BRANCH, JOINT_BRANCH -> parent == WORKING_COMMITTEE || parent == COMMITTEE || parent == GENERAL_BRANCH;
            case GROUP -> parent == BRANCH || parent == JOINT_BRANCH;
        };
    }

    /** Rule O6: the regular length of a term in years; 0 when this type elects no committee. */
    public int termYears() {
        return switch (this) {
            case COMMITTEE -> 5;
            case GENERAL_BRANCH, BRANCH, JOINT_BRANCH -> 3;
            case WORKING_COMMITTEE, GROUP -> 0;
        };
    }

    public boolean hasTerms() {
        return termYears() > 0;
    }

    public boolean isBranch() {
        return this == BRANCH || this == JOINT_BRANCH;
    }

    /** Rule O9: the most committee seats a term of this type may have. */
    public int maxSeats() {
        return isBranch() ? 7 : 31;
    }
}
