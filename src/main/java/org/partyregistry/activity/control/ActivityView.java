package org.partyregistry.activity.control;

import java.time.LocalDate;
import java.util.List;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.AttendanceStatus;
import org.partyregistry.platform.Messages;

/**
 * An activity as read: {@code invalidReason} is the reason in the reader's language, absent when valid;
 * {@code quorumPresent} / {@code quorumBase} the figures a meeting's validity was measured with.
 */
public record ActivityView(Long id, long version, Long organizationId, String organizationName, ActivityType type,
                           String title, LocalDate heldOn, LocalDate endsOn, String location, String topic,
                           String host, String minutes, Long brandId, boolean valid, String invalidReason,
                           Integer quorumPresent, Integer quorumBase, long present, long excused, long absent,
                           List<Mark> attendance) implements java.io.Serializable {

    /** One member's attendance. */
    public record Mark(Long memberId, String name, AttendanceStatus status) implements java.io.Serializable {
    }

    static ActivityView of(Activity a, List<Mark> attendance, Messages messages) {
        String reason = a.isValid() || a.getInvalidReason() == null ? null
                : messages.format(a.getInvalidReason(), a.getQuorumPresent(), a.getQuorumBase());
        return new ActivityView(a.getId(), a.getVersion(), a.getOrganization().getId(), a.getOrganization().getName(),
                a.getType(), a.getTitle(), a.getHeldOn(), a.getEndsOn(), a.getLocation(), a.getTopic(), a.getHost(),
                a.getMinutes(), a.getBrandId(), a.isValid(), reason, a.getQuorumPresent(), a.getQuorumBase(),
                a.count(AttendanceStatus.PRESENT), a.count(AttendanceStatus.EXCUSED),
                a.count(AttendanceStatus.ABSENT), attendance);
    }
}
