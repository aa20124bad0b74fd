package org.partyregistry.brand.control;

import java.io.Serializable;
import java.time.LocalDate;

/** A joint activity of an alliance (rule B11): the link's id and what the activity was. */
public record JointActivityView(Long id, Long allianceId, Long activityId, String title, String type,
                                LocalDate heldOn, Long organizationId, String organizationName, long present)
                                        implements Serializable {
}
