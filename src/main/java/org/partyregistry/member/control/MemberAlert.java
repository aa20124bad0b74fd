package org.partyregistry.member.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Something about a member that needs attention (rule M16): {@code date} is when the probation ends (or ended), or
 * since when the member is suspended; {@code days} is how many days from today (negative: in the past).
 */
public record MemberAlert(Kind kind, Long memberId, String name, Long organizationId, String organizationName,
                          LocalDate date, long days) implements Serializable {

    public enum Kind {
        PROBATION_DUE,
        PROBATION_OVERDUE,
        LOST_CONTACT
    }
}
