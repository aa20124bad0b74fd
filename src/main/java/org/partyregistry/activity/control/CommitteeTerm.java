package org.partyregistry.activity.control;

import java.time.LocalDate;

/** A query row (rule ACT18): a term with 3 or more seats of an organization (by id and path), in office when. */
public record CommitteeTerm(Long organizationId, String path, LocalDate electedOn, LocalDate endedOn) {
}
