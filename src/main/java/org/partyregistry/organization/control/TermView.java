package org.partyregistry.organization.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.organization.entity.TermExpiryChange;
import org.partyregistry.organization.entity.TermStatus;

/**
 * A term with its state on a date; {@code daysLeft} is negative when overdue. {@code originalExpiresOn} is the
 * expiry set at the election and {@code history} the approved changes since, oldest first (rule O14).
 */
public record TermView(Long id, Long organizationId, String organization, OrganizationType type, int number,
                       LocalDate electedOn, int years, LocalDate expiresOn, LocalDate endedOn, Integer seats,
                       Integer eligibleVoters, Integer votesCast, TermStatus status, long daysLeft, long version,
                       LocalDate originalExpiresOn, List<ExpiryChange> history) implements Serializable {

    /** One approved change of the expiry. */
    public record ExpiryChange(LocalDate from, LocalDate to, String reason, LocalDate approvedOn, String changedBy,
                               LocalDateTime changedAtUtc) implements Serializable {

        static ExpiryChange of(TermExpiryChange c) {
            return new ExpiryChange(c.getOldExpiresOn(), c.getNewExpiresOn(), c.getReason(), c.getApprovedOn(),
                    c.getChangedBy(), c.getChangedAtUtc());
        }
    }

    public static TermView of(Term t, LocalDate asOf, List<TermExpiryChange> changes) {
        return new TermView(t.getId(), t.getOrganization().getId(), t.getOrganization().getName(),
                t.getOrganization().getType(), t.getNumber(), t.getElectedOn(), t.getYears(), t.getExpiresOn(),
                t.getEndedOn(), t.getSeats(), t.getEligibleVoters(), t.getVotesCast(), t.statusOn(asOf),
                ChronoUnit.DAYS.between(asOf, t.getExpiresOn()), t.getVersion(), t.electionExpiry(),
                changes.stream().map(ExpiryChange::of).toList());
    }

    /**
     * Rule O16: is this a term in office (not ended) with a committee, 3 or more seats? Its committee meetings count
     * only the recorded seat holders (rule ACT5).
     */
    public boolean committeeInOffice() {
        return endedOn == null && seats != null && seats >= Term.BRANCH_COMMITTEE_MIN_SEATS;
    }

    /** Has the expiry been changed since the election? */
    public boolean changed() {
        return !history.isEmpty();
    }
}
