package org.partyregistry.member.control;

import java.util.List;

/**
 * Fired synchronously, inside the write's transaction and after it is flushed, when members were registered,
 * imported, or changed in stage, status, steps or organization (a transfer): other features keep their summaries of
 * members current from it (the dues standing of rule D8), without this feature knowing them.
 */
public record MembersChanged(List<Long> memberIds) {

    public MembersChanged {
        memberIds = List.copyOf(memberIds);
    }

    public static MembersChanged of(Long memberId) {
        return new MembersChanged(List.of(memberId));
    }
}
