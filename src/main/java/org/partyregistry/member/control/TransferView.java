package org.partyregistry.member.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.partyregistry.member.entity.Transfer;
import org.partyregistry.member.entity.TransferStatus;

/**
 * A transfer as pages and REST show it; {@code daysPending} counts from the day it was sent (rule M14);
 * {@code byMerge} marks the move recorded by a merge of the member's organization (rule M21).
 */
public record TransferView(Long id, Long memberId, String memberName, Long fromOrganizationId,
                           String fromOrganizationName, Long toOrganizationId, String toOrganizationName,
                           String toExternal, LocalDate on, TransferStatus status, LocalDate decidedOn, String reason,
                           long daysPending, boolean byMerge) implements Serializable {

    public static TransferView of(Transfer t, LocalDate today) {
        return new TransferView(t.getId(), t.getMember().getId(), t.getMember().getName(), t.getFrom().getId(),
                t.getFrom().getName(), t.getTo() == null ? null : t.getTo().getId(),
                t.getTo() == null ? null : t.getTo().getName(), t.getToExternal(), t.getSentOn(), t.getStatus(),
                t.getDecidedOn(), t.getReason(),
                ChronoUnit.DAYS.between(t.getSentOn(), t.getDecidedOn() == null ? today : t.getDecidedOn()),
                t.isByMerge());
    }

    public String destination() {
        return toOrganizationName != null ? toOrganizationName : toExternal;
    }

    public boolean pending() {
        return status == TransferStatus.PENDING;
    }
}
