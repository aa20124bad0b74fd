package org.partyregistry.organization.control;

/** A query row: an id and a count (a typed row: {@code SELECT NEW}). */
public record IdCount(Long id, long count) {
}
