package org.partyregistry.brand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.partyregistry.platform.BaseEntity;

/**
 * A joint activity of an alliance (rule B11): the activity, held by one organization, linked by its id so that the
 * brand feature does not depend on the activity feature's classes (the activity feature depends on brands).
 */
@Entity
@Table(name = "alliance_activity")
public class AllianceActivity extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id", nullable = false)
    private Alliance alliance;

    @Column(name = "activity_id", nullable = false)
    private Long activityId;

    protected AllianceActivity() {
    }

    public AllianceActivity(Alliance alliance, Long activityId) {
        this.alliance = alliance;
        this.activityId = activityId;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public Long getActivityId() {
        return activityId;
    }
}
