package org.partyregistry.award.entity;

/** Where a medal candidate or an honor stands in the workflow (rules AW4-AW6, AW10). */
public enum NominationState {
    /** A medal candidate nobody has decided on yet (never stored: no row exists). */
    PENDING,
    CONFIRMED,
    EXCLUDED,
    NOMINATED,
    APPROVED,
    AWARDED
}
