package org.partyregistry.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;

/** A term of office of an organization's committee (rules O6-O9, O12, O14). */
@Entity
@Table(name = "term")
public class Term extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(name = "term_number", nullable = false)
    private int number;

    @Column(name = "elected_on", nullable = false)
    private LocalDate electedOn;

    @Column(name = "years", nullable = false)
    private int years;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "seats")
    private Integer seats;

    @Column(name = "eligible_voters")
    private Integer eligibleVoters;

    @Column(name = "votes_cast")
    private Integer votesCast;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    /** Rule O12: a branch committee with fewer full members than this is a secretary and perhaps a deputy. */
    public static final int FULL_MEMBERS_FOR_COMMITTEE = 7;
    /** Rule O12: seats of a (joint) branch below {@link #FULL_MEMBERS_FOR_COMMITTEE} full members. */
    public static final int SMALL_BRANCH_MAX_SEATS = 2;
    /** Rule O12: the fewest seats of an elected branch committee. */
    public static final int BRANCH_COMMITTEE_MIN_SEATS = 3;

    protected Term() {
    }

    /**
     * Elects a new term after {@code previous} (null for the first one on record), rules O6, O7 and O9. The caller
     * then ends the previous term with {@link #succeed(Term)}.
     */
    public Term(Organization organization, Term previous, int number, LocalDate electedOn, Integer years,
                Integer seats, Integer eligibleVoters, Integer votesCast, LocalDate today) {
        OrganizationType type = organization.getType();
        if (!type.hasTerms()) {
            throw new BusinessException("term.notForType", type);
        }
        if (!organization.isActive()) {
            throw new BusinessException("organization.notActive", organization.getName());
        }
        if (number < 1) {
            throw BusinessException.onField("number", "term.numberPositive");
        }
        if (electedOn == null) {
            throw BusinessException.onField("electedOn", "term.electedOnRequired");
        }
        Dates.notInFuture("electedOn", electedOn, today);
        Dates.notBefore("electedOn", electedOn, Dates.PARTY_FOUNDED);
        if (electedOn.isBefore(organization.getEstablishedOn())) {
            throw BusinessException.onField("electedOn", "organization.beforeFounding", organization.getEstablishedOn());
        }
        int regular = type.termYears();
        int length = years == null ? regular : years;
        if (length < regular - 1 || length > regular + 1) {
            throw BusinessException.onField("years", "term.yearsRange", regular - 1, regular + 1, regular);
        }
        if (seats != null && (seats < 1 || seats > type.maxSeats())) {
            throw BusinessException.onField("seats", "term.seatsRange", type.maxSeats());
        }
        if (eligibleVoters != null && eligibleVoters < 0 || votesCast != null && votesCast < 0) {
            throw BusinessException.onField("votesCast", "term.votesNegative");
        }
        if (eligibleVoters != null && votesCast != null && votesCast > eligibleVoters) {
            throw BusinessException.onField("votesCast", "term.votesExceedVoters", votesCast, eligibleVoters);
        }
        if (previous != null) {
            if (!electedOn.isAfter(previous.electedOn)) {
                throw BusinessException.onField("electedOn", "term.notAfterPrevious", previous.number,
                        previous.electedOn);
            }
            if (number <= previous.number) {
                throw BusinessException.onField("number", "term.numberNotAfterPrevious", previous.number);
            }
        }
        this.organization = organization;
        this.number = number;
        this.electedOn = electedOn;
        this.years = length;
        this.expiresOn = electedOn.plusYears(length);
        this.seats = seats;
        this.eligibleVoters = eligibleVoters;
        this.votesCast = votesCast;
    }

    /**
     * Rule O12: the seats of a branch or joint branch term fit the full members counted on the election date:
     * below 7, at most 2 (secretary and deputy); from 7, 3 to 7. Other types, and a term with no seats on record,
     * pass.
     */
    public void requireSeatsFit(long fullMembers) {
        if (seats == null || !organization.getType().isBranch()) {
            return;
        }
        if (fullMembers < FULL_MEMBERS_FOR_COMMITTEE && seats > SMALL_BRANCH_MAX_SEATS) {
            throw BusinessException.onField("seats", "term.seatsSmallBranch", fullMembers, electedOn, seats,
                    FULL_MEMBERS_FOR_COMMITTEE, SMALL_BRANCH_MAX_SEATS);
        }
        if (fullMembers >= FULL_MEMBERS_FOR_COMMITTEE
                && (seats < BRANCH_COMMITTEE_MIN_SEATS || seats > organization.getType().maxSeats())) {
            throw BusinessException.onField("seats", "term.seatsBranchCommittee", fullMembers, electedOn, seats,
                    BRANCH_COMMITTEE_MIN_SEATS, organization.getType().maxSeats());
        }
    }

    /** Rule O14: the expiry set at the election, before any postponement or bringing forward. */
    public LocalDate electionExpiry() {
        return electedOn.plusYears(years);
    }

    /**
     * Rule O14: postpones or brings forward the expiry of this open term, with the approval's date and a reason;
     * at most one year either way from the expiry set at the election. Returns the change to keep in its history.
     */
    public TermExpiryChange changeExpiry(LocalDate newExpiry, String reason, LocalDate approvedOn, LocalDate today,
                                         String actor, LocalDateTime nowUtc) {
        if (endedOn != null) {
            throw new BusinessException("term.expiryEnded", number, endedOn);
        }
        if (newExpiry == null) {
            throw BusinessException.onField("expiresOn", "term.expiresOnRequired");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw BusinessException.onField("reason", "term.expiryReasonRequired");
        }
        if (why.length() > TermExpiryChange.REASON_MAX) {
            throw BusinessException.onField("reason", "error.tooLong", TermExpiryChange.REASON_MAX);
        }
        if (approvedOn == null) {
            throw BusinessException.onField("approvedOn", "term.approvedOnRequired");
        }
        Dates.notInFuture("approvedOn", approvedOn, today);
        if (approvedOn.isBefore(electedOn)) {
            throw BusinessException.onField("approvedOn", "term.approvedBeforeElection", electedOn);
        }
        LocalDate original = electionExpiry();
        if (newExpiry.isBefore(original.minusYears(1)) || newExpiry.isAfter(original.plusYears(1))) {
            throw BusinessException.onField("expiresOn", "term.expiryRange", original, original.minusYears(1),
                    original.plusYears(1));
        }
        if (newExpiry.equals(expiresOn)) {
            throw BusinessException.onField("expiresOn", "term.expiryUnchanged", expiresOn);
        }
        TermExpiryChange change = new TermExpiryChange(this, expiresOn, newExpiry, why, approvedOn, actor, nowUtc);
        this.expiresOn = newExpiry;
        return change;
    }

    /** Rule O7: the election of {@code next} closes this term on its date (early elections included). */
    public void succeed(Term next) {
        this.endedOn = next.electedOn;
    }

    public TermStatus statusOn(LocalDate asOf) {
        if (endedOn != null && !endedOn.isAfter(asOf)) {
            return TermStatus.ENDED;
        }
        return TermStatus.of(expiresOn, asOf);
    }

    public Organization getOrganization() {
        return organization;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getElectedOn() {
        return electedOn;
    }

    public int getYears() {
        return years;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Integer getSeats() {
        return seats;
    }

    public Integer getEligibleVoters() {
        return eligibleVoters;
    }

    public Integer getVotesCast() {
        return votesCast;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
