package org.partyregistry.member.control;

/** An enterprise offered as a member's work unit (a typed row: {@code SELECT NEW}). */
public record WorkUnit(Long id, String name) {
}
