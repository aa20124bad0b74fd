package org.partyregistry.enterprise.control;

import java.time.LocalDate;
import org.partyregistry.enterprise.entity.Coverage;

/**
 * Which enterprises to list: those operating on {@code asOf} in the base, optionally of one park, one industry,
 * one coverage state, and whose name or credit code contains {@code text}. With {@code includeClosed}, enterprises
 * not operating on the date are listed too (their coverage is then null).
 */
public record EnterpriseSearch(LocalDate asOf, CoverageBase base, Long parkId, String industry, Coverage coverage,
                               String text, boolean includeClosed) {

    public static EnterpriseSearch operatingOn(LocalDate asOf) {
        return new EnterpriseSearch(asOf, CoverageBase.ALL, null, null, null, null, false);
    }
}
