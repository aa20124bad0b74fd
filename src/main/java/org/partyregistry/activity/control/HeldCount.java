package org.partyregistry.activity.control;

import java.time.LocalDate;
import org.partyregistry.activity.entity.ActivityType;

/** A query row (rule ACT8): how many activities of a type an organization held on a day, valid or not. */
public record HeldCount(Long organizationId, ActivityType type, Boolean valid, LocalDate heldOn, Long count) {

    /** The constructor the query calls: the entity's {@code valid} is a primitive boolean. */
    public HeldCount(Long organizationId, ActivityType type, boolean valid, LocalDate heldOn, Long count) {
        this(organizationId, type, Boolean.valueOf(valid), heldOn, count);
    }
}
