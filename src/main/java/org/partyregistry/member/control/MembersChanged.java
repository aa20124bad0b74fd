package org.partyregistry.member.control;

import java.util.List;
import java.util.Set;

/**
 * Fired synchronously, inside the write's transaction and after it is flushed, when members were registered,
 * imported, or changed in stage, status, steps or organization (a transfer): other features keep their summaries of
 * members current from it (the dues standing of rule D8), without this feature knowing them. {@code organizationsLeft}:
 * the organizations the members left by this change (a transfer received), whose counts of members changed too.
 */
public record MembersChanged(List<Long> memberIds, Set<Long> organizationsLeft) {

    public MembersChanged {
        memberIds = List.copyOf(memberIds);
        organizationsLeft = Set.copyOf(organizationsLeft);
    }

    public MembersChanged(List<Long> memberIds) {
        this(memberIds, Set.of());
    }

    public static MembersChanged of(Long memberId) {
        return new MembersChanged(List.of(memberId));
    }
}
