package org.partyregistry.enterprise.entity;

/** Rule E3: how an operating enterprise is covered on a date. */
public enum Coverage {
    OWN_ORGANIZATION,
    JOINT_ORGANIZATION,
    WORK_COVERAGE,
    NONE;

    /** A state named in a request; anything else is a refusal on the {@code coverage} field. Blank means none. */
    public static Coverage parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw org.partyregistry.platform.BusinessException.onField("coverage", "report.badCoverage", value);
        }
    }

    /** Rule E3's precedence, from what exists on the date. */
    public static Coverage derive(boolean ownOrganization, boolean jointOrganization, boolean instructor) {
        if (ownOrganization) {
            return OWN_ORGANIZATION;
        }
        if (jointOrganization) {
            return JOINT_ORGANIZATION;
        }
        return instructor ? WORK_COVERAGE : NONE;
    }
}
