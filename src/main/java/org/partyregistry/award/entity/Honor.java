package org.partyregistry.award.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;

/** An honor for a member or an organization (rules AW10, AW11): nominated, approved, awarded. */
@Entity
@Table(name = "honor")
public class Honor extends BaseEntity {

    public static final int CITATION_MAX = 500;
    /** Honors are recorded from this year on. */
    public static final int FIRST_YEAR = 1949;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private HonorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "honor_level", nullable = false, length = 20)
    private HonorLevel level;

    @Column(name = "honor_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(name = "citation", length = CITATION_MAX)
    private String citation;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private NominationState state;

    @Column(name = "nominated_by", nullable = false, length = 60)
    private String nominatedBy;

    @Column(name = "nominated_on", nullable = false)
    private LocalDate nominatedOn;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "awarded_on")
    private LocalDate awardedOn;

    protected Honor() {
    }

    /** Rule AW10: a nomination naming the right kind of subject. */
    public Honor(HonorKind kind, HonorLevel level, Integer year, Member member, Organization organization,
                 String citation, String by, LocalDate today) {
        if (kind == null) {
            throw BusinessException.onField("kind", "honor.kindRequired");
        }
        if (level == null) {
            throw BusinessException.onField("level", "honor.levelRequired");
        }
        if (year == null || year < FIRST_YEAR || year > today.getYear()) {
            throw BusinessException.onField("year", "honor.yearRange", FIRST_YEAR, today.getYear());
        }
        if (kind.isForMember()) {
            if (organization != null) {
                throw BusinessException.onField("organizationId", "honor.memberKindNamesOrganization", kind);
            }
            if (member == null) {
                throw BusinessException.onField("memberId", "honor.memberRequired", kind);
            }
            if (member.getStatus() != MemberStatus.ACTIVE || member.getLeftZoneOn() != null
                    || !member.getStage().isMember()) {
                throw BusinessException.onField("memberId", "honor.memberNotEligible", member.getName());
            }
        } else {
            if (member != null) {
                throw BusinessException.onField("memberId", "honor.organizationKindNamesMember", kind);
            }
            if (organization == null) {
                throw BusinessException.onField("organizationId", "honor.organizationRequired", kind);
            }
            if (!organization.isActive()) {
                throw BusinessException.onField("organizationId", "organization.notActive", organization.getName());
            }
        }
        String trimmed = citation == null ? null : citation.strip();
        if (trimmed != null && trimmed.length() > CITATION_MAX) {
            throw BusinessException.onField("citation", "error.tooLong", CITATION_MAX);
        }
        this.kind = kind;
        this.level = level;
        this.year = year;
        this.member = member;
        this.organization = organization;
        this.citation = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        this.state = NominationState.NOMINATED;
        this.nominatedBy = by;
        this.nominatedOn = today;
    }

    /** Rule AW11: the committee approves a nomination. */
    public void approve(String by, LocalDate today) {
        if (state != NominationState.NOMINATED) {
            throw new BusinessException("honor.wrongState", state, NominationState.NOMINATED);
        }
        this.state = NominationState.APPROVED;
        this.approvedBy = by;
        this.approvedOn = today;
    }

    /** Rule AW11: awarded on a date not before the approval, not in the future. */
    public void award(LocalDate on, LocalDate today) {
        if (state != NominationState.APPROVED) {
            throw new BusinessException("honor.wrongState", state, NominationState.APPROVED);
        }
        if (on == null) {
            throw BusinessException.onField("awardedOn", "medal.awardedOnRequired");
        }
        Dates.notInFuture("awardedOn", on, today);
        Dates.notBefore("awardedOn", on, Dates.PARTY_FOUNDED);
        if (on.isBefore(approvedOn)) {
            throw BusinessException.onField("awardedOn", "honor.awardBeforeApproval", approvedOn);
        }
        this.state = NominationState.AWARDED;
        this.awardedOn = on;
    }

    /** The organization whose scope the honor belongs to: the member's, or the honored organization. */
    public Organization scopeOrganization() {
        return member != null ? member.getOrganization() : organization;
    }

    public HonorKind getKind() {
        return kind;
    }

    public HonorLevel getLevel() {
        return level;
    }

    public int getYear() {
        return year;
    }

    public Member getMember() {
        return member;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getCitation() {
        return citation;
    }

    public NominationState getState() {
        return state;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public LocalDate getNominatedOn() {
        return nominatedOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }
}
