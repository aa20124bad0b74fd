package org.partyregistry.enterprise.control;

/** Rule E6: which enterprises the rates are computed over. */
public enum CoverageBase {
    /** Every operating enterprise. */
    ALL,
    /** Operating enterprises with 3 or more full members: those that should have an organization of their own. */
    ELIGIBLE;

    /** A base named in a request; anything else is a refusal on the {@code base} field. Blank means ALL. */
    public static CoverageBase parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw org.partyregistry.platform.BusinessException.onField("base", "report.badBase", value);
        }
    }
}
