package org.partyregistry.audit;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partyregistry.platform.ChinaClock;

/** An audit entry as shown: {@code occurredAt} in China time, {@code occurredAtUtc} as stored. */
public record AuditView(Long id, LocalDateTime occurredAt, LocalDateTime occurredAtUtc, String actor,
                        String entityType, Long entityId, String action, String changes) implements Serializable {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.getId(), ChinaClock.toChinaTime(e.getOccurredAtUtc()), e.getOccurredAtUtc(),
                e.getActor(), e.getEntityType(), e.getEntityId(), e.getAction(), e.getChanges());
    }
}
