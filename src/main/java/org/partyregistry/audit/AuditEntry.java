package org.partyregistry.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.partyregistry.platform.BaseEntity;

/** One audited write (rules A1, A2). Has no setters: written once. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    public static final int CHANGES_MAX = 4000;

    @Column(name = "occurred_at_utc", nullable = false)
    private LocalDateTime occurredAtUtc;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "action", nullable = false, length = 30)
    private String action;

    @Column(name = "changes", length = CHANGES_MAX)
    private String changes;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAtUtc, String actor, String entityType, Long entityId, String action,
                      String changes) {
        this.occurredAtUtc = occurredAtUtc;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.changes = changes != null && changes.length() > CHANGES_MAX ? changes.substring(0, CHANGES_MAX) : changes;
    }

    public LocalDateTime getOccurredAtUtc() {
        return occurredAtUtc;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }
}
