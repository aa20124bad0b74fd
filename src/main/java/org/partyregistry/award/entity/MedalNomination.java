package org.partyregistry.award.entity;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.partyregistry.member.entity.Member;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.Dates;

/**
 * A medal candidate of one year once the branch has decided on them (rules AW3-AW7): confirmed or excluded, then
 * approved by the committee, then awarded. The standing start and years are those seen at the branch's decision.
 */
@Entity
@Table(name = "medal_nomination")
@SqlResultSetMapping(name = MedalNomination.STANDING, classes = @ConstructorResult(targetClass = Medal50.Standing.class,
        columns = {
            @ColumnResult(name = "member_id", type = Long.class),
            @ColumnResult(name = "name", type = String.class),
            @ColumnResult(name = "party_standing_start", type = LocalDate.class),
            @ColumnResult(name = "suspended_days", type = Long.class),
            @ColumnResult(name = "organization_id", type = Long.class),
            @ColumnResult(name = "organization_name", type = String.class)}))
public class MedalNomination extends BaseEntity {

    public static final int TEXT_MAX = 500;
    /** The native result mapping of the candidates' query into {@link Medal50.Standing} rows. */
    public static final String STANDING = "Medal50.Standing";

    @Column(name = "medal_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(name = "standing_start", nullable = false)
    private LocalDate standingStart;

    @Column(name = "standing_years", nullable = false)
    private int standingYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private NominationState state;

    @Column(name = "reason", length = TEXT_MAX)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 60)
    private String decidedBy;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "awarded_by", length = 60)
    private String awardedBy;

    @Column(name = "awarded_on")
    private LocalDate awardedOn;

    @Column(name = "note", length = TEXT_MAX)
    private String note;

    @Column(name = "awarded_member_id")
    private Long awardedMemberId;

    protected MedalNomination() {
    }

    /** The first decision on a candidate of {@code year}: the member must be one (checked by the caller). */
    public MedalNomination(int year, Member member, String by, LocalDate today) {
        this.year = year;
        this.member = member;
        this.standingStart = member.getPartyStandingStart();
        this.standingYears = Medal50.standingYears(member, year);
        this.state = NominationState.PENDING;
        this.decidedBy = by;
        this.decidedOn = today;
    }

    /** Rule AW4: the branch confirms the candidate's conduct. */
    public void confirm(String by, LocalDate today) {
        requireUndecidedByCommittee();
        this.state = NominationState.CONFIRMED;
        this.reason = null;
        decided(by, today);
    }

    /** Rule AW4: the branch excludes the candidate, with a reason. */
    public void exclude(String why, String by, LocalDate today) {
        requireUndecidedByCommittee();
        this.reason = text("reason", why, "medal.reasonRequired");
        this.state = NominationState.EXCLUDED;
        decided(by, today);
    }

    /** Rule AW5: the committee approves a confirmed candidate. */
    public void approve(String by, LocalDate today) {
        if (state != NominationState.CONFIRMED) {
            throw new BusinessException("medal.approveNotConfirmed", state);
        }
        this.state = NominationState.APPROVED;
        this.approvedBy = by;
        this.approvedOn = today;
    }

    /**
     * Rules AW6, AW7: awarded on the ceremony date, after approval; or directly by staff with a note (the note also
     * stands as the approval) unless the branch excluded the candidate.
     */
    public void award(LocalDate on, String directNote, String by, LocalDate today) {
        if (state == NominationState.AWARDED) {
            throw new ConflictException("memberId", "medal.alreadyAwarded", member.getName(), awardedOn);
        }
        if (state == NominationState.EXCLUDED) {
            throw BusinessException.onField("memberId", "medal.awardExcluded", member.getName(), reason);
        }
        checkCeremony(year, on, today);
        if (state != NominationState.APPROVED) {
            this.note = text("note", directNote, "medal.awardNotApproved");
            this.approvedBy = by;
            this.approvedOn = today;
        } else if (directNote != null && !directNote.isBlank()) {
            this.note = text("note", directNote, "medal.awardNotApproved");
        }
        this.state = NominationState.AWARDED;
        this.awardedBy = by;
        this.awardedOn = on;
        this.awardedMemberId = member.getId();
    }

    /** Rule AW7: the ceremony lies in the round's year and is not in the future. */
    public static void checkCeremony(int year, LocalDate on, LocalDate today) {
        if (on == null) {
            throw BusinessException.onField("awardedOn", "medal.awardedOnRequired");
        }
        if (on.getYear() != year) {
            throw BusinessException.onField("awardedOn", "medal.awardedOnOtherYear", on, year);
        }
        Dates.notInFuture("awardedOn", on, today);
        Dates.notBefore("awardedOn", on, Dates.PARTY_FOUNDED);
    }

    private void requireUndecidedByCommittee() {
        if (state == NominationState.APPROVED || state == NominationState.AWARDED) {
            throw new BusinessException("medal.alreadyApproved", state);
        }
    }

    private void decided(String by, LocalDate today) {
        this.decidedBy = by;
        this.decidedOn = today;
    }

    /** Refreshes the standing recorded at a decision (the member's record may have been corrected since). */
    public void recordStanding(Member current) {
        this.standingStart = current.getPartyStandingStart();
        this.standingYears = Medal50.standingYears(current, year);
    }

    private static String text(String field, String value, String requiredKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw BusinessException.onField(field, requiredKey);
        }
        if (trimmed.length() > TEXT_MAX) {
            throw BusinessException.onField(field, "error.tooLong", TEXT_MAX);
        }
        return trimmed;
    }

    public int getYear() {
        return year;
    }

    public Member getMember() {
        return member;
    }

    public LocalDate getStandingStart() {
        return standingStart;
    }

    public int getStandingYears() {
        return standingYears;
    }

    public NominationState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getAwardedBy() {
        return awardedBy;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public String getNote() {
        return note;
    }
}
