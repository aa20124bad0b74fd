package org.partyregistry.brand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;

/** One period of membership of an enterprise or an organization in an alliance, both days inclusive (rule B8). */
@Entity
@Table(name = "alliance_member")
public class AllianceMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id", nullable = false)
    private Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected AllianceMember() {
    }

    /** Rule B8; use {@link Alliance#admit} so that rule B9 holds too. */
    AllianceMember(Alliance alliance, Enterprise enterprise, Organization organization, LocalDate joinedOn,
                   LocalDate today) {
        if (enterprise == null && organization == null) {
            throw BusinessException.onField("enterpriseId", "alliance.memberRequired");
        }
        if (enterprise != null && organization != null) {
            throw BusinessException.onField("organizationId", "alliance.memberEither");
        }
        if (joinedOn == null) {
            throw BusinessException.onField("joinedOn", "alliance.joinedOnRequired");
        }
        Dates.notInFuture("joinedOn", joinedOn, today);
        Dates.notBefore("joinedOn", joinedOn, Dates.PARTY_FOUNDED);
        this.alliance = alliance;
        this.enterprise = enterprise;
        this.organization = organization;
        this.joinedOn = joinedOn;
    }

    /** Rule B8: the member leaves; {@code on} is its last day in the alliance. */
    public void leave(LocalDate on, LocalDate today) {
        if (on == null) {
            throw BusinessException.onField("leftOn", "alliance.leftOnRequired");
        }
        if (leftOn != null) {
            throw BusinessException.onField("leftOn", "alliance.alreadyLeft", getName(), leftOn);
        }
        if (on.isBefore(joinedOn)) {
            throw BusinessException.onField("leftOn", "alliance.leftBeforeJoined", on, joinedOn);
        }
        Dates.notInFuture("leftOn", on, today);
        this.leftOn = on;
    }

    /** Rule B10. */
    public boolean isCurrentOn(LocalDate date) {
        return !joinedOn.isAfter(date) && (leftOn == null || !leftOn.isBefore(date));
    }

    /** Rule B9: does this period share a day with {@code from..to} (to null: open)? */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeItEnds = to == null || !joinedOn.isAfter(to);
        boolean endsAfterItStarts = leftOn == null || !leftOn.isBefore(from);
        return startsBeforeItEnds && endsAfterItStarts;
    }

    /** The same enterprise, or the same organization. */
    boolean sameMemberAs(AllianceMember other) {
        if (enterprise != null) {
            return other.enterprise != null && enterprise.equals(other.enterprise);
        }
        return other.organization != null && organization.equals(other.organization);
    }

    public boolean isEnterprise() {
        return enterprise != null;
    }

    public String getName() {
        return enterprise != null ? enterprise.getName() : organization.getName();
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Organization getOrganization() {
        return organization;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
