package org.partyregistry.organization.entity;

import org.partyregistry.platform.BusinessException;

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

    /**
     * Rule O11 on a number of linked enterprises: a joint branch in two to five, an own organization in at most
     * one, a working committee or group in none (no link at all is always allowed). It applies again when the
     * type changes: the error then names {@code field} "type".
     */
    public void checkUnits(int units, String field) {
        if (units == 0 || fitsUnits(units)) {
            return;
        }
        if ("type".equals(field)) {
            throw BusinessException.onField(field, "organization.retypeUnits", this, units);
        }
        if (this == WORKING_COMMITTEE || this == GROUP) {
            throw BusinessException.onField(field, "organization.noEnterprisesForType", this);
        }
        if (this == JOINT_BRANCH) {
            throw BusinessException.onField(field, "organization.jointUnits", units);
        }
        throw BusinessException.onField(field, "organization.ownSingleUnit", this);
    }

    private boolean fitsUnits(int units) {
        return switch (this) {
            case WORKING_COMMITTEE, GROUP -> units == 0;
            case JOINT_BRANCH -> units >= 2 && units <= 5;
            case COMMITTEE, GENERAL_BRANCH, BRANCH -> units <= 1;
        };
    }
}
