package org.partyregistry.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;

/**
 * A member's time in a party group of their branch (rules M19, M20): from {@code placedOn} (included) to
 * {@code endedOn} (excluded; null while it lasts).
 */
@Entity
@Table(name = "group_placement")
public class GroupPlacement extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private Organization group;

    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected GroupPlacement() {
    }

    /** Use {@link Member#placeInGroup}: it checks rule M19 and ends the previous placement. */
    GroupPlacement(Member member, Organization group, LocalDate placedOn) {
        this.member = member;
        this.group = group;
        this.placedOn = placedOn;
    }

    /**
     * Rule M19: {@code group} is a party group directly under the member's branch that exists on {@code on}; the
     * date is given, not in the future and not before {@code joinedBranch} (the day the member joined the branch).
     */
    static void check(Member member, Organization group, LocalDate on, LocalDate joinedBranch, LocalDate today) {
        if (on == null) {
            throw BusinessException.onField("on", "group.dateRequired");
        }
        Dates.notInFuture("on", on, today);
        Dates.partyDate("on", on);
        if (group.getType() != OrganizationType.GROUP || group.getParent() == null
                || !group.getParent().equals(member.getOrganization())) {
            throw BusinessException.onField("groupId", "group.notUnderBranch", group.getName(),
                    member.getOrganization().getName());
        }
        if (!group.existsOn(on)) {
            throw BusinessException.onField("on", "group.notThen", group.getName(), on);
        }
        if (joinedBranch == null || on.isBefore(joinedBranch)) {
            throw BusinessException.onField("on", "group.beforeJoining", joinedBranch == null ? "-" : joinedBranch);
        }
    }

    /** Rule M20: placed in the group on {@code day}. */
    public boolean covers(LocalDate day) {
        return !placedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    /** Rule M19: a placement corrected on the day it starts: the member is in {@code other} instead. */
    void regroup(Organization other) {
        this.group = other;
    }

    /** Ends the placement on {@code on} (the member is no longer in the group that day). */
    void end(LocalDate on) {
        this.endedOn = on;
    }

    public Member getMember() {
        return member;
    }

    public Organization getGroup() {
        return group;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
