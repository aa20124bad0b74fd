package org.partyregistry.dues.entity;

/** What a member's monthly dues are computed from (rule D1): a share of the income, or a flat amount. */
public enum DuesCategory {
    /** Working members, annual-salary and self-employed members included, on their monthly after-tax income. */
    IN_SERVICE,
    RETIRED,
    STUDENT,
    UNEMPLOYED,
    /** Members living on relief (低保). */
    RELIEF;

    /** Students, the unemployed and members on relief pay a flat amount whatever their income. */
    public boolean isFlat() {
        return this == STUDENT || this == UNEMPLOYED || this == RELIEF;
    }
}
