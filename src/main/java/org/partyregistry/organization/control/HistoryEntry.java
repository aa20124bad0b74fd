package org.partyregistry.organization.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.partyregistry.organization.entity.EventKind;
import org.partyregistry.organization.entity.OrganizationEvent;
import org.partyregistry.platform.ChinaClock;

/** One line of an organization's history; {@code recordedAt} is China time. */
public record HistoryEntry(Long id, EventKind kind, LocalDate occurredOn, String oldValue, String newValue,
                           String recordedBy, LocalDateTime recordedAt) implements Serializable {

    public static HistoryEntry of(OrganizationEvent e) {
        return new HistoryEntry(e.getId(), e.getKind(), e.getOccurredOn(), e.getOldValue(), e.getNewValue(),
                e.getRecordedBy(), ChinaClock.toChinaTime(e.getRecordedAtUtc()));
    }
}
