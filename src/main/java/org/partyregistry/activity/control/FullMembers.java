package org.partyregistry.activity.control;

import java.time.LocalDate;
import org.partyregistry.member.entity.MemberStatus;

/**
 * A query row (rule ACT18): how many full members of the organization at {@code path} share a standing start and
 * what may end their membership (status and its date, leaving the zone), at the grain of
 * {@link ComplianceFacts#FULL_MEMBERS}: dates that make no difference inside the days asked about are merged.
 */
public record FullMembers(String path, LocalDate standingStart, MemberStatus status, LocalDate statusSince,
                          LocalDate leftZoneOn, Long members) {

    /** The row as {@link ComplianceFacts#FULL_MEMBERS} gives it (orm.xml): the ending status by name, or null. */
    public FullMembers(String path, LocalDate standingStart, String status, LocalDate statusSince,
                       LocalDate leftZoneOn, Long members) {
        this(path, standingStart, status == null ? null : MemberStatus.valueOf(status), statusSince, leftZoneOn,
                members);
    }
}
