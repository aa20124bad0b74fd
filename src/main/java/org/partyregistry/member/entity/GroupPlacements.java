package org.partyregistry.member.entity;

import java.time.LocalDate;
import java.util.List;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;

/** Rule M19 over one member's placements in party groups (the member's own list, oldest first). */
final class GroupPlacements {

    private GroupPlacements() {
    }

    /** The placement that lasts, null when in none. */
    static GroupPlacement current(List<GroupPlacement> placements) {
        return placements.stream().filter(GroupPlacement::isOpen).findFirst().orElse(null);
    }

    /**
     * Places {@code member} in {@code group} from {@code on}, moves them there from their group (which ends that day),
     * or, with no group, takes them out of their group that day; see {@link Member#placeInGroup}.
     */
    static GroupPlacement place(Member member, List<GroupPlacement> placements, Organization group, LocalDate on,
                                LocalDate joinedBranch, LocalDate today) {
        GroupPlacement open = current(placements);
        if (group == null) {
            if (on == null) {
                throw BusinessException.onField("on", "group.dateRequired");
            }
            Dates.notInFuture("on", on, today);
            if (open != null) {
                requireAfter(placements, on);
                open.end(on);
            }
            return null;
        }
        GroupPlacement.check(member, group, on, joinedBranch, today);
        if (open != null && open.getGroup().equals(group)) {
            return null;
        }
        requireAfter(placements, on);
        if (open != null && open.getPlacedOn().equals(on)) {
            open.regroup(group);
            return open;
        }
        if (open != null) {
            open.end(on);
        }
        GroupPlacement placement = new GroupPlacement(member, group, on);
        placements.add(placement);
        return placement;
    }

    /** A placement change is not dated before the latest one on record (the open one's start may repeat). */
    private static void requireAfter(List<GroupPlacement> placements, LocalDate on) {
        for (GroupPlacement p : placements) {
            LocalDate latest = p.isOpen() ? p.getPlacedOn() : p.getEndedOn();
            if (on.isBefore(latest)) {
                throw BusinessException.onField("on", "group.beforePlacement", latest);
            }
        }
    }

    /** Leaving the branch (or the Party) ends the group placement that day. */
    static void leave(List<GroupPlacement> placements, LocalDate on) {
        GroupPlacement open = current(placements);
        if (open != null) {
            open.end(on.isBefore(open.getPlacedOn()) ? open.getPlacedOn() : on);
        }
    }
}
