package org.partyregistry.organization.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.organization.entity.TermStatus;

/** A term with its state on a date; {@code daysLeft} is negative when overdue. */
public record TermView(Long id, Long organizationId, String organization, OrganizationType type, int number,
                       LocalDate electedOn, int years, LocalDate expiresOn, LocalDate endedOn, Integer seats,
                       Integer eligibleVoters, Integer votesCast, TermStatus status, long daysLeft)
                               implements Serializable {

    public static TermView of(Term t, LocalDate asOf) {
        return new TermView(t.getId(), t.getOrganization().getId(), t.getOrganization().getName(),
                t.getOrganization().getType(), t.getNumber(), t.getElectedOn(), t.getYears(), t.getExpiresOn(),
                t.getEndedOn(), t.getSeats(), t.getEligibleVoters(), t.getVotesCast(), t.statusOn(asOf),
                ChronoUnit.DAYS.between(asOf, t.getExpiresOn()));
    }
}
