package org.partyregistry.member.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.member.control.GroupPlacementService;
import org.partyregistry.member.control.MemberView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;

/**
 * The party group part of a member's page (rule M19): the group the member is in, the times in groups, and a form
 * to place the member in a group of the branch, move them to another, or take them out, from a date.
 */
@Named
@ViewScoped
public class GroupPlacementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupPlacementService placements;

    @Inject
    MemberBacking memberBacking;

    @Inject
    ChinaClock clock;

    private Long memberId;
    private List<GroupPlacementService.GroupOption> groups = List.of();
    private List<GroupPlacementService.PlacementView> history = List.of();
    private Long groupId;
    private LocalDate on;

    /** Loads the groups of the member's branch and the member's times in groups (nothing for a former member). */
    public void init() {
        MemberView member = memberBacking.getMember();
        if (member == null || memberId != null) {
            return;
        }
        memberId = member.id();
        load(member);
    }

    private void load(MemberView member) {
        List<GroupPlacementService.GroupOption> loaded = FacesActions.attempt(
                () -> placements.groups(member.organizationId(), clock.today()));
        groups = loaded == null ? List.of() : loaded;
        List<GroupPlacementService.PlacementView> times = FacesActions.attempt(() -> placements.placements(memberId));
        history = times == null ? List.of() : times;
        groupId = member.groupId();
        on = clock.today();
    }

    /** Places, moves or (no group chosen) takes the member out of their group from the chosen date. */
    public void save() {
        MemberView saved = FacesActions.attempt(() -> placements.place(memberId, groupId, on, null));
        if (saved == null) {
            return;
        }
        if (saved.groupId() == null) {
            FacesActions.info("member_group.removed", saved.name(), on);
        } else {
            FacesActions.info("member_group.placed", saved.name(), saved.groupName(), on);
        }
        memberBacking.reload();
        load(saved);
    }

    /** Whether the page offers groups: the member's branch has some and the member is still in it. */
    public boolean isAvailable() {
        MemberView member = memberBacking.getMember();
        return member != null && member.living() && member.leftZoneOn() == null
                && (!groups.isEmpty() || !history.isEmpty());
    }

    public List<GroupPlacementService.GroupOption> getGroups() {
        return groups;
    }

    public List<GroupPlacementService.PlacementView> getHistory() {
        return history;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public LocalDate getToday() {
        return clock.today();
    }
}
