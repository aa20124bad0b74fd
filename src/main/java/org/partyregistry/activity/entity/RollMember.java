package org.partyregistry.activity.entity;

import java.time.LocalDate;
import org.partyregistry.member.entity.MemberStatus;

/**
 * What {@link Roll} needs of a member, read as a typed row ({@code SELECT NEW}) rather than as a managed entity: the
 * member's organization's path, admission dates, final status and leaving, with one of the member's suspensions
 * ({@code suspendedFrom} null for none). A member with several suspensions comes once per suspension.
 */
public record RollMember(long id, String name, String path, LocalDate probationaryOn, LocalDate fullOn,
                         MemberStatus status, LocalDate statusSince, LocalDate leftZoneOn,
                         LocalDate suspendedFrom, LocalDate suspendedUntil) {
}
