package org.partyregistry.activity.control;

import java.time.LocalDate;
import org.partyregistry.member.entity.MemberStatus;

/**
 * A query row (rule ACT18): how many full members of the organization at {@code path} share a standing start and
 * what may end their membership (status and its date, leaving the zone).
 */
public record FullMembers(String path, LocalDate standingStart, MemberStatus status, LocalDate statusSince,
                          LocalDate leftZoneOn, Long members) {
}
