package org.partyregistry.platform;

/** An id with its name, for choices and lists (a typed row: {@code SELECT NEW}). */
public record IdName(Long id, String name) {
}
