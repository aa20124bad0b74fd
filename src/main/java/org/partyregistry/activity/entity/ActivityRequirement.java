package org.partyregistry.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;

/** How often an organization type must hold an activity type (rule ACT7); seeded by the migration. */
@Entity
@Table(name = "activity_requirement")
public class ActivityRequirement extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "organization_type", nullable = false, length = 30)
    private OrganizationType organizationType;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 40)
    private ActivityType activityType;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 20)
    private Frequency frequency;

    protected ActivityRequirement() {
    }

    public ActivityRequirement(OrganizationType organizationType, ActivityType activityType, Frequency frequency) {
        this.organizationType = organizationType;
        this.activityType = activityType;
        change(frequency);
    }

    public final void change(Frequency to) {
        if (to == null) {
            throw BusinessException.onField("frequency", "activity.frequencyRequired");
        }
        this.frequency = to;
    }

    public OrganizationType getOrganizationType() {
        return organizationType;
    }

    public ActivityType getActivityType() {
        return activityType;
    }

    public Frequency getFrequency() {
        return frequency;
    }
}
