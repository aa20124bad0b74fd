package org.partyregistry.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.partyregistry.platform.BaseEntity;

/** One dated entry in an organization's history (rule O5). Written once, never changed. */
@Entity
@Table(name = "organization_event")
public class OrganizationEvent extends BaseEntity {

    public static final int VALUE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EventKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "old_value", length = VALUE_MAX)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_MAX)
    private String newValue;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at_utc", nullable = false)
    private LocalDateTime recordedAtUtc;

    protected OrganizationEvent() {
    }

    public OrganizationEvent(Organization organization, EventKind kind, LocalDate occurredOn, String oldValue,
                             String newValue, String recordedBy, LocalDateTime recordedAtUtc) {
        this.organization = organization;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.recordedBy = recordedBy;
        this.recordedAtUtc = recordedAtUtc;
    }

    private static String clip(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX);
    }

    public Organization getOrganization() {
        return organization;
    }

    public EventKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAtUtc() {
        return recordedAtUtc;
    }
}
