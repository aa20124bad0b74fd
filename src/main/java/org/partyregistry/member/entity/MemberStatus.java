package org.partyregistry.member.entity;

/** Rule M11. */
public enum MemberStatus {
    ACTIVE,
    SUSPENDED,
    REMOVED,
    DECEASED;

    public boolean isFinal() {
        return this == REMOVED || this == DECEASED;
    }
}
