package org.partyregistry.organization.entity;

/** What happened to an organization, as kept in its history (rule O5). */
public enum EventKind {
    FOUNDED,
    RENAMED,
    RETYPED,
    MOVED,
    MERGED_INTO,
    ABSORBED,
    DISSOLVED,
    TERM_ELECTED,
    TERM_EXPIRY_CHANGED
}
