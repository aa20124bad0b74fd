package org.partyregistry.platform;

/** A count per id, as a grouped query returns it (a typed row: {@code SELECT NEW}). */
public record IdCount(Long id, Long count) {
}
