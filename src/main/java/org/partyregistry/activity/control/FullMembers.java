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
}
