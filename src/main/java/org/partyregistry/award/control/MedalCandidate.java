package org.partyregistry.award.control;

import java.time.LocalDate;
import org.partyregistry.award.entity.Medal50;
import org.partyregistry.award.entity.NominationState;

/**
 * A medal candidate of a year with where the round stands for them. {@code eligible} is false for a nomination
 * whose member is no longer a candidate (rule AW3): {@code ineligible} then says why.
 */
public record MedalCandidate(long memberId, String name, LocalDate partyStandingStart, int standingYears,
                             long organizationId, String organizationName, NominationState state, String reason,
                             LocalDate decidedOn, LocalDate approvedOn, LocalDate awardedOn, String note,
                             boolean eligible, Medal50.Ineligible ineligible) {
}
