package org.partyregistry.activity.control;

import java.time.LocalDate;
import org.partyregistry.member.entity.MemberStatus;

/**
 * Rule ACT18: for a term with 3 or more seats, how many full members of its organization (or one below it) share a
 * standing start and an end (removal, death or leaving the zone); built from {@link CommitteeTerm} and
 * {@link FullMembers} rows.
 */
public record CommitteeSpan(Long organizationId, LocalDate electedOn, LocalDate endedOn, LocalDate standingStart,
                            MemberStatus status, LocalDate statusSince, LocalDate leftZoneOn, Long members) {

    /** The term is in office on {@code day} and these members are full members then. */
    boolean counts(LocalDate day) {
        boolean inOffice = !electedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
        boolean full = !standingStart.isAfter(day)
                && !(status != null && status.isFinal() && statusSince != null && !statusSince.isAfter(day))
                && (leftZoneOn == null || leftZoneOn.isAfter(day));
        return inOffice && full;
    }
}
